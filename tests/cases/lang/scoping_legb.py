# LEGB lookup: local, enclosing, global, builtin; shadowing and del of globals.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        return x

    def reads_enclosing():
        return x

    return inner(), reads_enclosing()


print(outer())


def reads_global():
    return x


print(reads_global())


def uses_builtin():
    return len("abc")


print(uses_builtin())

len = lambda s: 42  # shadow a builtin at module level
print(uses_builtin())
del len
print(uses_builtin())


def shadow_param(x):
    def f():
        return x * 2

    return f()


print(shadow_param(21))


def late_lookup():
    return later_defined


later_defined = "defined after the function"
print(late_lookup())

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def loop_var_leaks():
    for i in range(3):
        pass
    return i


print(loop_var_leaks())

# a comprehension has its own scope
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)

import builtins

print(builtins.len("xyz"), builtins.__name__)

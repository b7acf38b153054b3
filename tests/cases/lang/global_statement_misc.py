# Edge cases of scoping: global in nested functions, names declared global before use, exec in scopes.
def declare_then_assign():
    global g
    g = "set"
    return g


print(declare_then_assign(), g)


def uses_global_loop():
    global total
    total = 0
    for total_i in range(4):
        total += total_i


uses_global_loop()
print(total)


def nonlocal_loop():
    acc = []

    def add(v):
        nonlocal acc
        acc = acc + [v]

    for i in range(3):
        add(i)
    return acc


print(nonlocal_loop())

code = "z = 10\nw = z * 2"
ns = {}
exec(code, ns)
print(ns["w"], "z" in globals())


def exec_in_function():
    exec("q = 5")
    return "q" in locals()


print(exec_in_function())
print(eval("a + b", {"a": 1, "b": 2}), eval("len('xy')"))


def closure_over_loop():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i

        funcs.append(f)
    return [f() for f in funcs]


print(closure_over_loop())


def shadowing_builtin():
    list = "not a list"
    return list


print(shadowing_builtin(), list("ab"))


def class_in_function_sees_locals():
    factor = 3

    class Scaled:
        def scale(self, v):
            return v * factor

    return Scaled().scale(5)


print(class_in_function_sees_locals())

# exec, eval and compile: namespaces, modes, return values, errors, code object attributes.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval(" 5 "))
ns = {}
exec("def f(a):\n    return a * 3\nresult = f(4)", ns)
print(ns["result"], ns["f"](2), "__builtins__" in ns)
g = {"__builtins__": {}}
try:
    exec("len('x')", g)
except NameError as e:
    print(e)
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 1, "b": 2}))
code2 = compile("for i in range(3):\n    print('loop', i)", "<loop>", "exec")
exec(code2)
single = compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("None", "<s>", "single"))
print(exec("x = 1"), x)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile("x", "<bad>", "nope")
except ValueError as e:
    print(e)
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
print(eval("[i * i for i in range(4)]"), eval("(lambda q: q + 1)(1)"), eval("__name__"))


def scope():
    local_var = 10
    return eval("local_var + 1"), eval("local_var", {"local_var": "global dict"}, {"local_var": "local dict"})


print(scope())
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
src = "total = 0\nfor n in nums:\n    total += n\n"
env = {"nums": [1, 2, 3]}
exec(src, env)
print(env["total"])
print(eval(compile("3 ** 2", "<c>", "eval")), eval(b"1 + 1"), eval(" 7"))
c = compile("def g(p, q=1):\n    r = p\n    return r\n", "<def>", "exec")
print(c.co_name, c.co_filename)
exec(c)
print(g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_filename, g.__code__.co_name, g(5))

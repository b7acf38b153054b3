# SyntaxError details through compile(): class, message, line, offset and text for many kinds of mistakes.
snippets = [
    "x = = 1", "print((1, 2)", "f(a for a in b, c)", "def f(:\n    pass", "if x\n    pass", "while True print(1)",
    "return 5", "break", "continue", "yield 1", "await x", "nonlocal x", "def f():\n    global x\n    x = 1\n    global x",
    "def f():\n    x = 1\n    global x", "def f(a, a): pass", "def f(a=1, b): pass", "f(a=1, 2)", "f(a=1, a=2)",
    "f(**k, *a)", "1 = x", "f() = 1", "del f()", "x + 1 = 2", "(a, b) += 1", "a, *b, *c = d", "*a = b", "print(*a)  # ok",
    "[x for x in]", "lambda: (yield)", "class C(:\n pass", "x = (1,\n", "'abc", '"""abc', "x = 1 +", "import", "from x import",
    "from __future__ import nope", "def f():\n    from os import *", "True = 1", "None = 1", "__debug__ = 1",
    "f'{}'", "f'{x!z}'", "f'{'", "x := 1", "(x.y := 1)", "1_000_", "0o8", "0b2", "09", "1e", "1.2.3", "a b",
    "if x:\npass", "  x = 1", "if x:\n    y\n  z", "for x in range(3):\n\tif x:\n        pass",
    "match x:\n    case 1 | y:\n        pass", "match x:\n    case {**a, **b}:\n        pass", "try:\n    pass",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "else:\n    pass", "def f(*):\n    pass", "def f(**a, b): pass",
    "x = {1: 2, 3}", "class C:\nx = 1", "async def f():\n    yield from x", "def f():\n    return\n  x", "print 'x'",
    "exec 'code'", "a.1", "x = 5 €", "\"\\N{NOT A REAL NAME}\"", "b'é'", "'\\x1'", "(1 if 2)", "x[1:2:3:4]", "@\ndef f(): pass",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print(f"{src!r}: compiles")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} col {e.offset} | {e.text!r}")

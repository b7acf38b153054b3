# codeop.compile_command / Compile / CommandCompiler: complete -> code, incomplete -> None, invalid -> SyntaxError.
import codeop

sources = [
    "x = 1", "", "# comment only", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n",
    "def f():\n  return 1\n", "(1,", "[1, 2", "{", "x = (1 +", "1 +", "x =", "lambda:",
    "x = )", "'''abc", "'abc", "a b", "@dec", "class A:\n  x = 1\n  ",
    "for x in y:\n  pass\nelse:", "1\n2", "if 1:\n  pass\nx = 3", "x = [1,\n2]", "\\",
    "x = \\", "try:\n  pass\n", "try:\n  pass\nexcept:\n  pass\n", "if 1:\n pass\n  x",
    "f(", "if x\n", "return 1", "def f(:", "1 2 3", "while True:\n  break\n",
]
for src in sources:
    try:
        r = codeop.compile_command(src, "<c>", "single")
        print(repr(src), "None" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
for src in ["1 +", "x = 2 * 3", "(1,\n2"]:
    try:
        r = codeop.compile_command(src, symbol="eval")
        print("eval", repr(src), None if r is None else eval(r))
    except SyntaxError as e:
        print("eval", repr(src), e.msg)
r = codeop.compile_command("a = 1\nb = 2\n", symbol="exec")
ns = {}
exec(r, ns)
print(ns["a"], ns["b"], r.co_filename)
c = codeop.CommandCompiler()
print(c("if True:") is None, type(c("if True:\n  y = 5\n")).__name__)
comp = codeop.Compile()
print(comp.flags == codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
code = comp("z = 3", "<x>", "single")
print(code.co_filename)
try:
    compile("if 1:\n", "<c>", "single", codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
except SyntaxError as e:
    print(e.msg)
try:
    compile("(1,\n", "<c>", "exec", codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
except SyntaxError as e:
    print(e.msg)
try:
    compile("if 1:\n  pass", "<c>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno)

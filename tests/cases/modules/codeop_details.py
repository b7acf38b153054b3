# codeop: comment-only input, CommandCompiler, eval/exec symbols and their errors.
import codeop

for src in ["# only a comment\n# and another", "   ", "\n\n"]:
    r = codeop.compile_command(src)
    print(repr(src), type(r).__name__)
for src in ["   ", "# c"]:
    try:
        print("eval", repr(src), codeop.compile_command(src, symbol="eval"))
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg)
cc = codeop.CommandCompiler()
print(cc.compiler.flags == codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
print(cc("if 1:\n  pass") is None, type(cc("if 1:\n  pass\n")).__name__)
for src, symbol in [("x = 1", "eval"), ("1 +\n", "exec"), ("lambda: (", "eval")]:
    try:
        print(repr(src), symbol, codeop.compile_command(src, "<sym>", symbol))
    except SyntaxError as e:
        print(repr(src), symbol, type(e).__name__, e.msg, e.filename)
print(codeop.__all__)

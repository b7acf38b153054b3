# code.InteractiveConsole / InteractiveInterpreter: push, echo through sys.displayhook, errors, interact().
import builtins
import code
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

console = code.InteractiveConsole()
out, err = io.StringIO(), io.StringIO()
lines = ["x = 6", "x * 7", "None", "print('printed')", "_", "def f():", "    return 'multi'", "",
         "f()", "if x:", "    y = x + 1", "", "y", "1 / 0", "undefined_name", "x = )", "(1,", "2)",
         "class K:", "    def __repr__(self): return 'K()'", "", "K()", "[1, 2]", "'s'"]
results = []
with redirect_stdout(out), redirect_stderr(err):
    for line in lines:
        results.append(console.push(line))
print(results)
print(out.getvalue(), end="")
print(err.getvalue(), end="")
print(console.locals["x"], console.locals["__name__"], sorted(k for k in console.locals if not k.startswith("__")))
print(builtins._ if hasattr(builtins, "_") else "no _")
print(sys.last_type.__name__, sys.last_value)

interp = code.InteractiveInterpreter({"v": 10})
captured = []
interp.write = captured.append
print(interp.runsource("v + 1"), interp.runsource("if v:"), interp.runsource("v = )"), interp.runsource("raise ValueError('bad')"))
print(captured)

class Scripted(code.InteractiveConsole):
    def __init__(self, lines):
        super().__init__(filename="<scripted>")
        self.lines = list(lines)
        self.prompts = []

    def raw_input(self, prompt=""):
        self.prompts.append(prompt)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

s = Scripted(["a = 2", "for i in range(2):", "    print(i * a)", "", "a"])
out2, err2 = io.StringIO(), io.StringIO()
with redirect_stdout(out2), redirect_stderr(err2):
    s.interact(banner="hello", exitmsg="bye")
print(s.prompts)
print(repr(out2.getvalue()), repr(err2.getvalue()))
s2 = Scripted(["1 = 2"])
err3 = io.StringIO()
with redirect_stderr(err3):
    s2.interact(banner="")
print(repr(err3.getvalue()))
feed = iter(["q = 4", "q * q"])
def reader(prompt):
    try:
        return next(feed)
    except StopIteration:
        raise EOFError
out4, err4 = io.StringIO(), io.StringIO()
with redirect_stdout(out4), redirect_stderr(err4):
    code.interact(banner="", readfunc=reader, local={}, exitmsg="")
print(repr(out4.getvalue()), repr(err4.getvalue()))
c = code.compile_command("if 1:")
print(c, code.compile_command("1 + 1") is not None)
con = code.InteractiveConsole()
con.push("if 1:")
print(con.buffer)
con.resetbuffer()
print(con.buffer)

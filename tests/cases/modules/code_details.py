# code: custom excepthook, KeyboardInterrupt in interact, SystemExit passing through, prompts from sys.ps1/ps2, syntax errors with a rewritten filename.
import code
import io
import sys
from contextlib import redirect_stderr, redirect_stdout

seen = []
sys.excepthook = lambda kind, value, tb: seen.append((kind.__name__, str(value), tb is not None))
interp = code.InteractiveInterpreter()
interp.runsource("1 / 0")
interp.runsource("x = )")
sys.excepthook = sys.__excepthook__
print(seen)
try:
    interp.runsource("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
print(interp.runsource("a = 1\nb = 2", symbol="exec"), interp.locals["b"], interp.runsource("(a +", symbol="eval"))
err = io.StringIO()
with redirect_stderr(err):
    try:
        raise SyntaxError("made up", ("orig.py", 3, 2, "a b\n"))
    except SyntaxError:
        interp.showsyntaxerror("<renamed>")
print(repr(err.getvalue()), sys.last_value.filename)
err = io.StringIO()
with redirect_stderr(err):
    try:
        raise SyntaxError("kept", ("orig.py", 3, 2, "a b\n"))
    except SyntaxError:
        interp.showsyntaxerror()
print(repr(err.getvalue()))


class Feeder(code.InteractiveConsole):
    def __init__(self, items):
        super().__init__({"__name__": "feed"})
        self.items = list(items)
        self.prompts = []

    def raw_input(self, prompt=""):
        self.prompts.append(prompt)
        if not self.items:
            raise EOFError
        item = self.items.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


sys.ps1, sys.ps2 = "in> ", "..> "
f = Feeder(["if 1:", KeyboardInterrupt(), "7 * 6", "__name__"])
out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    f.interact(banner="")
print(f.prompts, repr(out.getvalue()), repr(err.getvalue()))
del sys.ps1, sys.ps2
f = Feeder(["raise SystemExit('stop')"])
try:
    with redirect_stderr(io.StringIO()) as err:
        f.interact(banner="hi")
except SystemExit as e:
    print("SystemExit", e.code, repr(err.getvalue()), sys.ps1, sys.ps2)
f = Feeder([])
err = io.StringIO()
with redirect_stderr(err):
    f.interact()
print(err.getvalue().splitlines()[-2:], err.getvalue().splitlines()[2])
print(code.__all__, code.compile_command is __import__("codeop").compile_command)

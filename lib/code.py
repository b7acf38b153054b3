"""Read-eval-print loops written in Python (Krait's own implementation of CPython's code API).

InteractiveInterpreter compiles and runs one piece of source at a time in its own namespace;
InteractiveConsole adds the line buffer and prompts of an interactive session.
"""

import sys
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]

_HELP_LINE = 'Type "help", "copyright", "credits" or "license" for more information.'


class InteractiveInterpreter:
    """Runs source in a namespace (self.locals), reporting errors through write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. True means the source is unfinished and more input is
        wanted; False means it was run, or failed to compile and the error was shown."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object; any exception but SystemExit is shown, not raised."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def _record(self, kind, error, tb):
        sys.last_type = kind
        sys.last_value = error
        sys.last_traceback = tb

    def _report(self, kind, error, tb, text):
        if sys.excepthook is sys.__excepthook__:
            self.write(text())
        else:
            sys.excepthook(kind, error, tb)

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled (without a stack: there is none)."""
        import traceback
        kind, error, tb = sys.exc_info()
        if filename and kind is SyntaxError:
            detail = error.args[1] if len(error.args) == 2 else None
            if isinstance(detail, tuple) and len(detail) == 4:
                error = SyntaxError(error.args[0], (filename,) + tuple(detail[1:]))
        self._record(kind, error, tb)
        self._report(kind, error, tb,
                     lambda: "".join(traceback.format_exception_only(kind, error)))

    def showtraceback(self):
        """Show the exception being handled, leaving out this module's own frame."""
        import traceback
        kind, error, tb = sys.exc_info()
        self._record(kind, error, tb)
        try:
            self._report(kind, error, tb,
                         lambda: "".join(traceback.format_exception(kind, error, tb.tb_next)))
        finally:
            tb = error = None

    def write(self, data):
        """Where errors go: sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that gathers lines until they form a complete command."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished command."""
        self.buffer = []

    def push(self, line):
        """Add one line (without its newline) to the command being typed; run the command
        if it is complete. Returns True while more lines are needed."""
        self.buffer.append(line)
        wants_more = self.runsource("\n".join(self.buffer), self.filename)
        if not wants_more:
            self.resetbuffer()
        return wants_more

    def raw_input(self, prompt=""):
        """Read one line; EOFError ends interact(). Defaults to input()."""
        return input(prompt)

    def _prompt(self, continuing):
        name = "ps2" if continuing else "ps1"
        if not hasattr(sys, name):
            setattr(sys, name, "... " if continuing else ">>> ")
        return getattr(sys, name)

    def interact(self, banner=None, exitmsg=None):
        """Run a session until raw_input() raises EOFError, writing banner first and
        exitmsg last (each defaulting to a standard text; '' writes nothing)."""
        self._prompt(False)
        self._prompt(True)
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform, _HELP_LINE, type(self).__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        continuing = False
        while True:
            try:
                try:
                    line = self.raw_input(self._prompt(continuing))
                except EOFError:
                    self.write("\n")
                    break
                continuing = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                continuing = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % type(self).__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole session; readfunc replaces its raw_input when given."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401 -- line editing when available
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    quiet = "-q" in sys.argv[1:]
    interact(banner="" if quiet or getattr(sys.flags, "quiet", 0) else None)

"""Read-eval-print loops over Python source; mirrors CPython 3.11's Lib/code.py.

InteractiveInterpreter compiles and runs one piece of source at a time in its namespace and
reports errors the way the interactive prompt does; InteractiveConsole adds the line buffer
and the prompt loop."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Runs source in a namespace (`locals`), echoing expression values and writing
    syntax errors and tracebacks with write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run `source`. Return True when it is incomplete (more input is
        needed), False otherwise (it ran, or its syntax error was reported)."""
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
        """Run a code object in the namespace; any exception but SystemExit is reported
        with showtraceback()."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the SyntaxError being handled (as sys.last_value too), naming `filename`
        when given."""
        exc_type, value, tb = sys.exc_info()
        sys.last_type = exc_type
        sys.last_value = value
        sys.last_traceback = tb
        if filename and exc_type is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(exc_type, value)))
        else:
            sys.excepthook(exc_type, value, tb)

    def showtraceback(self):
        """Report the exception being handled, without the interpreter's own frame."""
        exc_type, value, tb = sys.exc_info()
        sys.last_type = exc_type
        sys.last_value = value
        sys.last_traceback = tb
        try:
            lines = traceback.format_exception(exc_type, value, tb.tb_next)
            if sys.excepthook is sys.__excepthook__:
                self.write(''.join(lines))
            else:
                sys.excepthook(exc_type, value, tb)
        finally:
            tb = exc_type = value = None

    def write(self, data):
        """Write a report; to sys.stderr unless overridden."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive interpreter that collects lines in a buffer until they make a
    complete statement, with a prompt loop (interact())."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines collected so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Prompt with sys.ps1/sys.ps2, read lines with raw_input() and push() them until
        end of input."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        if banner is None:
            cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line (without its newline) and run the buffer if it is complete. Return
        True when more lines are needed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read one line; input() unless overridden."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over namespace `local`, reading with `readfunc` (else
    input(), with readline if there is one)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    quiet = '-q' in sys.argv[1:]
    if quiet or sys.flags.quiet:
        interact('')
    else:
        interact()

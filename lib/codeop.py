"""Compile one interactive command, telling complete, incomplete and invalid input apart
(Krait's own implementation of CPython's codeop API).

compile_command() returns a code object for a complete command, None when more lines are
needed, and raises SyntaxError (or OverflowError/ValueError) for input that can never become
valid. The compiler flag PyCF_ALLOW_INCOMPLETE_INPUT makes compile() report input that stops
too early as a SyntaxError mentioning "incomplete input"; a retry with a newline added tells
a block still waiting for its blank line from a real error.
"""

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_COMMAND_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT


# compiler_flag of each __future__ feature (the CO_FUTURE_* code flags).
_FUTURE_FLAGS = (0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x400000, 0x800000, 0x1000000)


def _only_comments(source):
    for line in source.split("\n"):
        text = line.strip()
        if text and not text.startswith("#"):
            return False
    return True


def _needs_more(compiler, source, filename, symbol):
    """Whether source is an unfinished command: it fails as given, and with a newline added it
    either compiles or still fails only for being incomplete."""
    import warnings
    with warnings.catch_warnings():
        # Warnings belong to the final compile only, so they are reported once.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
            return False
        except SyntaxError:
            pass
        try:
            compiler(source + "\n", filename, symbol)
        except SyntaxError as problem:
            return "incomplete input" in str(problem)
        return True


def _attempt(compiler, source, filename, symbol):
    """Code for a complete command, None for an unfinished one; SyntaxError otherwise."""
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    if _needs_more(compiler, source, filename, symbol):
        return None
    return compiler(source, filename, symbol)


def _plain_compile(source, filename, symbol):
    return compile(source, filename, symbol, _COMMAND_FLAGS)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source as one command typed at an interactive prompt.

    symbol is "single" (a statement), "exec" (statements) or "eval" (an expression).
    Returns a code object, or None when the command is not finished yet.
    """
    return _attempt(_plain_compile, source, filename, symbol)


class Compile:
    """Like compile(), but a `from __future__ import` in one command stays in force for
    every later one."""

    def __init__(self):
        self.flags = _COMMAND_FLAGS

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, True)
        for flag in _FUTURE_FLAGS:
            if code.co_flags & flag:
                self.flags |= flag
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ statements between commands."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _attempt(self.compiler, source, filename, symbol)

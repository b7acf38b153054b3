"""Compiling possibly incomplete Python source, as an interactive prompt reads it; mirrors
CPython 3.11's Lib/codeop.py.

compile_command() and CommandCompiler return a code object for a complete statement, None
when more lines are needed, and raise SyntaxError (or OverflowError/ValueError) for input
that no continuation could fix. The compiler tells the cases apart through the flag
PyCF_ALLOW_INCOMPLETE_INPUT, under which an error at the end of the input reads
"incomplete input".
"""

import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_INTERACTIVE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT


def _future_flags():
    try:
        import __future__
    except ImportError:
        return []
    return [getattr(__future__, name).compiler_flag
            for name in __future__.all_feature_names]


def _is_blank(source):
    """Only empty lines and comments."""
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval" and _is_blank(source):
        source = "pass"
    with warnings.catch_warnings():
        # Warnings would be repeated by the final compile below.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            # Complete once a newline ends it, or stopped early: wait for more lines.
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as e:
                if "incomplete input" in str(e):
                    return None
    return compiler(source, filename, symbol)


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, _INTERACTIVE_FLAGS)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile `source` ('single', 'exec' or 'eval' by `symbol`): a code object when it
    is a complete command, None when more lines are needed; SyntaxError, OverflowError or
    ValueError when it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() with the interactive flags that also keeps the __future__ features of
    the code it has compiled in force for the next calls."""

    def __init__(self):
        self.flags = _INTERACTIVE_FLAGS

    def __call__(self, source, filename, symbol):
        codeob = compile(source, filename, symbol, self.flags, True)
        for flag in _future_flags():
            if codeob.co_flags & flag:
                self.flags |= flag
        return codeob


class CommandCompiler:
    """A compile_command() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """compile_command() with the __future__ statements seen so far in force."""
        return _maybe_compile(self.compiler, source, filename, symbol)

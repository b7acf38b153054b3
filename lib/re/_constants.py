"""Values shared by the regular expression engine and its Python front end."""

from _sre import MAGIC, MAXREPEAT, MAXGROUPS  # noqa: F401


class error(Exception):
    """A regular expression could not be compiled.

    msg is the bare message; pattern and pos (when known) locate the problem, and
    lineno/colno give the same place as a line and a column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = f"{msg} at position {pos}"
            nl = "\n" if isinstance(pattern, str) else b"\n"
            line_start = pattern.rfind(nl, 0, pos) + 1
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - line_start + 1
            if nl in pattern:
                text += f" (line {self.lineno}, column {self.colno})"
        super().__init__(text)


error.__module__ = "re"

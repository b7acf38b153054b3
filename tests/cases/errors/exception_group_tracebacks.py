# Exception groups print as CPython 3.11's nested boxes: members numbered, notes and chains
# inside members, nested groups, more than 15 members, more than 10 levels.
import sys


def fail(cls, msg):
    raise cls(msg)


def collect():
    errors = []
    for cls, msg in [(ValueError, "v"), (TypeError, "t")]:
        try:
            fail(cls, msg)
        except Exception as e:
            errors.append(e)
    return errors


def show(exc):
    sys.__excepthook__(type(exc), exc, exc.__traceback__)
    print("--- shown", type(exc).__name__, file=sys.stderr)


try:
    raise ExceptionGroup("from a loop", collect())
except ExceptionGroup as eg:
    show(eg)

show(ExceptionGroup("no traceback", [KeyError("k"), OSError(2, "missing")]))
show(ExceptionGroup("wide", [ValueError(i) for i in range(20)]))
show(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))

deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
show(deep)

try:
    try:
        raise ValueError("cause")
    except ValueError as c:
        raise ExceptionGroup("with cause", [RuntimeError("member")]) from c
except ExceptionGroup as eg:
    show(eg)

member = TypeError("noted member")
member.add_note("a note")
member.add_note("two\nlines")
try:
    raise ZeroDivisionError("inside member")
except ZeroDivisionError as z:
    member.__context__ = z
show(BaseExceptionGroup("base", [member, KeyboardInterrupt()]))


def inner():
    try:
        raise ExceptionGroup("inner group", [ValueError("x")])
    except* ValueError:
        raise KeyError("while handling")


inner()

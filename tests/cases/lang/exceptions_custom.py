# Custom exception classes: attributes, __str__, hierarchies, args.
class AppError(Exception):
    """Base."""


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key!r} not found in {where}")
        self.key = key
        self.where = where


class WithStr(AppError):
    def __str__(self):
        return "custom str"


class WithRepr(Exception):
    def __init__(self, code):
        self.code = code

    def __repr__(self):
        return f"WithRepr(code={self.code})"


try:
    raise NotFound("alice")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.where)

print(str(WithStr("ignored")), repr(WithStr("x")))
w = WithRepr(7)
print(repr(w), str(w), w.args)
print(repr(NotFound("k", where="cache")))


class NoArgs(Exception):
    pass


print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1, 2)), str(NoArgs(1, 2)))
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(repr(OSError(2, "No such file")), OSError(2, "No such file").errno)
print(str(OSError(2, "No such file", "x.txt")))
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
print(isinstance(OSError(2, "x"), FileNotFoundError))
e = StopIteration(5)
print(e.value, SystemExit(3).code, SystemExit().code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(repr(ImportError("m", name="mod")), ImportError("m", name="mod").name)
print(AttributeError("a", name="n", obj=1).name)

try:
    raise AppError
except AppError as e:
    print("raised class ->", repr(e))

try:
    raise 42
except TypeError as e:
    print(e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(e)

try:
    try:
        pass
    except 42:
        pass
    print("except clause only evaluated on error")
    try:
        1 / 0
    except 42:
        pass
except TypeError as e:
    print(e)

excs = (ValueError, KeyError)
try:
    raise KeyError(1)
except excs as e:
    print("tuple from variable", repr(e))
print(ArithmeticError.__doc__)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), issubclass(KeyboardInterrupt, Exception))

# try/except/else/finally ordering, return/break/continue through finally, bare raise.
def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except {e}")
    except (KeyError, IndexError) as e:
        log.append(f"tuple-except {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for kind in ("none", "value", "key"):
    print(flow(kind))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def finally_swallows():
    try:
        raise ValueError
    finally:
        return "swallowed"


print(finally_swallows())


def finally_runs_on_return():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)


print(finally_runs_on_return())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

while True:
    try:
        break
    finally:
        print("finally on break")


def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer caught", repr(e), e.args)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise TypeError("a", 1)
except Exception as e:
    print(e, e.args)

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("caught", e)


def nested():
    try:
        try:
            raise IndexError("inner")
        except KeyError:
            print("wrong handler")
    except LookupError as e:
        return f"LookupError caught {type(e).__name__}"


print(nested())
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(BaseException.__subclasses__() != [])
try:
    raise Exception("with note")
except Exception as e:
    e.add_note("a note")
    print(e.__notes__)
e = ValueError("x")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise ValueError("tb")
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)

# __context__, __cause__, __suppress_context__ and raise ... from.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")


try:
    implicit()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)


def explicit():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("converted") from k


try:
    explicit()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None


try:
    suppressed()
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)


def chain_of_three():
    try:
        try:
            raise KeyError("one")
        except KeyError:
            raise ValueError("two")
    except ValueError:
        raise TypeError("three")


try:
    chain_of_three()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)


class MyError(Exception):
    pass


try:
    try:
        raise MyError("low level")
    except MyError as low:
        raise RuntimeError("high level") from low
except RuntimeError as high:
    print(high, "caused by", high.__cause__, type(high.__cause__).__name__)

# context is set even when re-raising a new exception inside finally
try:
    try:
        raise KeyError("first")
    finally:
        raise_ = True
        if raise_:
            pass
except KeyError as e:
    print("finally did not replace", repr(e))

try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

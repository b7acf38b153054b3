# contextlib: contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext, ContextDecorator.
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
with tag("q"):
    raise ValueError("swallowed by the generator")
try:
    with tag("r"):
        raise KeyError("passes through")
except KeyError as e:
    print("outer got", repr(e))
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("body of ExitStack")


class Resource:
    def close(self):
        print("Resource.close")


with contextlib.closing(Resource()):
    print("using resource")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print("captured:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys

    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.nullcontext("value") as v:
    print(v)


class track(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter decorated")
        return self

    def __exit__(self, *exc):
        print("exit decorated")
        return False


@track()
def work():
    print("working")


work()


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)


@contextlib.contextmanager
def twice():
    yield
    yield


try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("push exit", exc[0].__name__) or True)
    raise TypeError("suppressed by push")
print("done")

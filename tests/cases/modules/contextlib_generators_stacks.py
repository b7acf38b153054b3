# contextlib: generator managers and exceptions, ExitStack chaining, ABC checks, async managers driven by hand.
import contextlib
import os
import sys


def show(label, exc):
    chain = []
    while exc is not None:
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    print(label, " <- ".join(chain))


@contextlib.contextmanager
def passthrough():
    yield "v"


@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)


@contextlib.contextmanager
def convert():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e


@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield


for cm in (passthrough, swallow, convert, keeps_going):
    for exc in (KeyError("k"), StopIteration("s"), GeneratorExit(), None):
        try:
            with cm():
                if exc is not None:
                    raise exc
            print(cm.__name__, type(exc).__name__, "-> no exception")
        except BaseException as e:
            print(cm.__name__, type(exc).__name__, "->", type(e).__name__, e, e is exc,
                  type(e.__cause__).__name__)

m = passthrough()
print(sorted(vars(m)), m.__doc__ is not None)
with m as val:
    print(val, sorted(vars(m)))
print(m.__exit__(None, None, None))


@contextlib.contextmanager
def documented():
    """My own doc."""
    yield


print(documented().__doc__, documented.__name__, documented.__wrapped__.__name__)
print(type(documented()).__name__, type(documented()).__module__)

# exit called with a type only
m = swallow()
m.__enter__()
print(m.__exit__(ValueError, None, None))


# used as a decorator: a fresh generator for each call
@contextlib.contextmanager
def announce(tag):
    print("enter", tag)
    yield
    print("exit", tag)


@announce("deco")
def job(x):
    print("job", x)
    return x * 2


print(job(1), job(2))

# ExitStack
log = []
with contextlib.ExitStack() as st:
    r = st.callback(log.append, "cb1")
    print(r is log.append)
    st.push(lambda t, v, tb: log.append(("push", t)))
    st.callback(lambda *a, **k: log.append((a, k)), 1, 2, key=3)
print(log)

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, "moved callback")
    moved = inner.pop_all()
    print(type(moved).__name__)
    inner.close()
    print("inner closed, nothing ran")
    outer.enter_context(moved)
print("after outer")


def raiser(exc):
    def cb(*info):
        raise exc
    return cb


try:
    with contextlib.ExitStack() as st:
        st.push(raiser(KeyError("third")))
        st.push(raiser(ValueError("second")))
        st.push(raiser(IndexError("first")))
        raise TypeError("body")
except Exception as e:
    show("chain:", e)

try:
    try:
        raise OSError("outer handled")
    except OSError:
        with contextlib.ExitStack() as st:
            st.push(raiser(KeyError("b")))
            st.push(raiser(ValueError("a")))
except Exception as e:
    show("with frame exc:", e)

with contextlib.ExitStack() as st:
    st.push(lambda *i: True)
    st.push(raiser(ValueError("replaced then swallowed")))
    raise TypeError("x")
print("swallowed by earlier")

st = contextlib.ExitStack()
print(st.__exit__(None, None, None), st.__exit__(ValueError, ValueError(), None))
st.push(lambda *i: True)
print(st.__exit__(ValueError, ValueError(), None))


class NoCM:
    pass


for meth in ("enter_context", "push"):
    try:
        r = getattr(contextlib.ExitStack(), meth)(NoCM())
        print(meth, "accepted", type(r).__name__)
    except TypeError as e:
        print(meth, e)


class Half:
    def __enter__(self):
        return 1


try:
    contextlib.ExitStack().enter_context(Half())
except TypeError as e:
    print(e)

# suppress, nullcontext, closing, redirect, chdir
with contextlib.suppress():
    pass
s = contextlib.suppress(LookupError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, None, None),
      s.__exit__(TypeError, None, None))
with contextlib.suppress(LookupError):
    [][1]
print("index error suppressed")
n = contextlib.nullcontext()
with n as v:
    print(v)
with contextlib.nullcontext(5) as v:
    print(v)
c = contextlib.closing(n)
print(c.thing is n)
r = contextlib.redirect_stdout(None)
with r:
    with r:
        print("lost")
    print("still lost")
print("back")
here = os.getcwd()
cd = contextlib.chdir("/")
with cd as got:
    print(got, os.getcwd())
    with cd:
        print(os.getcwd())
print(os.getcwd() == here)

# ABCs
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NoneExit(Duck):
    __exit__ = None


print(issubclass(Duck, contextlib.AbstractContextManager),
      issubclass(NoneExit, contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
print(contextlib.AbstractContextManager[int], contextlib.ExitStack[str])
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print(e)


class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")


with Mine() as me:
    print(type(me).__name__)


# async managers, driven without an event loop
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


@contextlib.asynccontextmanager
async def agen(tag):
    print("aenter", tag)
    try:
        yield tag
    except KeyError:
        print("caught in agen")
    print("aexit", tag)


async def main():
    async with agen("a") as v:
        print("inside", v)
    async with agen("b"):
        raise KeyError("x")
    try:
        async with agen("c"):
            raise ValueError("y")
    except ValueError as e:
        print("passed", e)
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(agen("d")))
        st.push_async_callback(cb, "async cb")
        st.callback(print, "sync cb")
    async with contextlib.nullcontext(7) as v:
        print("null", v)
    try:
        await contextlib.AsyncExitStack().enter_async_context(Duck())
    except TypeError as e:
        print(e)
    return "main done"


async def cb(msg):
    print(msg)


print(run(main()))

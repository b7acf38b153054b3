import contextlib, reprlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout
@contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('exit', name)
with cm('a') as v: print('body', v)
with cm('b'): raise KeyError('k')
try:
    with cm('c'): raise ValueError('v')
except ValueError as e: print('propagated', e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def swallow_all():
    try: yield
    except Exception: yield
try:
    with swallow_all(): raise ValueError
except RuntimeError as e: print(e)
@cm('deco')
def decorated(x): print('in decorated', x); return x * 2
print(decorated(2), decorated(3))
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('after suppress')
try:
    with suppress(KeyError): [][1]
except IndexError: print('IndexError passes suppress')
with ExitStack() as st:
    st.callback(print, 'callback 1')
    st.enter_context(cm('stacked'))
    st.push(lambda *a: print('push exit', a[0]))
    print('in stack')
with ExitStack() as st:
    st.push(lambda t, v, tb: True)
    raise ValueError('suppressed by stack')
print('after stack')
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('orig')
except ZeroDivisionError as e: print('ZDE with context', repr(e.__context__))
st = ExitStack(); st.callback(print, 'popped'); st2 = st.pop_all(); st.close(); print('closed first'); st2.close()
try: ExitStack().enter_context(1)
except TypeError as e: print(e)
with nullcontext(5) as n: print(n)
class Cl:
    def close(self): print('closed!')
with closing(Cl()) as c: print(type(c).__name__)
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager), sorted(contextlib.__all__))
import asyncio
@contextlib.asynccontextmanager
async def acm():
    print('aenter'); yield 7; print('aexit')
async def main():
    async with acm() as v: print('async body', v)
    async with contextlib.AsyncExitStack() as s:
        print(await s.enter_async_context(acm()))
        s.push_async_callback(asyncio.sleep, 0)
asyncio.run(main())
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr(2 ** 200), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset()), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(()), reprlib.repr((1,)))
import collections; print(reprlib.repr(collections.deque(range(10))), reprlib.repr({'x', 1}), reprlib.repr(frozenset('abcdefgh')))
class X:
    def __repr__(self): return 'x' * 50
print(reprlib.repr(X()), vars(r))
r.maxlist = 2; r.fillvalue = '…'; print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnopqrstuvwxyzabcdefghijkl'))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
print(Node(), Node.__repr__.__name__)

"""Every statement and expression form the compiler handles."""
from __future__ import annotations
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b, c)
from os import *
g = 0
def deco(*a, **k):
    return lambda f: f
@deco(1, key=2)
@staticmethod
def f(p, /, q=1, *args, r, s=2, **kw) -> int:
    global g
    g += 1
    x: int
    y: list[int] = [1]
    del y[0], x
    lam = lambda a, *b, c=3, **d: (a, b, c, d)
    if (n := len(args)) > 2:
        pass
    try:
        raise ValueError from None
    except* (TypeError, ValueError) as eg:
        pass
    assert p, "msg"
    return p if q else r
class K(object, metaclass=type, **{}):
    """doc"""
    __slots__ = ("a",)
    def __init__(self):
        super().__init__()
        self.__a = 1
    async def m(self, other):
        async with other as x, other:
            async for i in x:
                await i
                yield i
    @property
    def p(self):
        def inner():
            return __class__
        return inner
def gen():
    x = yield
    y = yield from x
    return (yield y) if False else y
async def am():
    return [await z async for z in aiter_() if await z] + [x for x in await w()]
t = 1,
a = b = c = [1, 2][::2]
x, (y, *z) = 1, (2, 3, 4)
x[1:2, ...] = x.y.z = {**{}, 1: 2}
print(*[1], *(2,), sep="", **{"end": "\n"})
s = f"{x!a:{'>'}{10}} {y=!s} {{}}" "plain" f'{z:%Y}'
b = b"bytes" + rb"\d"
c = 1 < 2 <= 3 != 4 in [5] not in {6} is not None
d = not (a is b) and (a or b) and -a ** ~b // +c @ d
e = [i for i in range(3) for j in range(i) if i if j]
while not d:
    for k in range(3):
        try:
            continue
        finally:
            break
    else:
        pass
with open(__file__) as fh, open(__file__):
    pass
match sys.argv:
    case [_, "-v", *rest] if rest:
        pass
    case [str() as s, int(n), {"k": [1, 2], **kw}, K(a=1)]:
        pass
    case (1 | 2.0 | -3j | "s" | b"b" | None | True) as lit:
        pass
    case osp.sep:
        pass

# dir() of every builtin type equals CPython 3.11's: builtins' classes, the types module's
# and the internal types reachable from ordinary objects.
import builtins
import sys
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def cell_of():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

class Seq:
    def __getitem__(self, i):
        raise IndexError


c = coro()
internal = [
    type(None), type(NotImplemented), type(Ellipsis), type(lambda: 0), type(len),
    type([].append), type(str.join), type(object.__init__), type(object().__str__),
    type(dict.fromkeys), type(int.real), type(types.FunctionType.__code__),
    type(type.__dict__), type(sys), type(sys._getframe()), type((lambda: 0).__code__),
    type(tb), type(gen()), type(c), type(agen()), type(cell_of()),
    types.SimpleNamespace, types.GenericAlias, types.UnionType, types.MethodType,
    type(iter([])), type(reversed([])), type(iter(())), type(iter("")), type(iter(b"")),
    type(iter(bytearray())), type(iter(range(3))), type(iter(set())), type(iter({})),
    type(iter({}.values())), type(iter({}.items())), type(reversed({})),
    type(iter(lambda: 0, 1)), type(iter(Seq())),
    type({}.keys()), type({}.values()), type({}.items()),
]
c.close()

names = []
for name, value in sorted(vars(builtins).items()):
    if isinstance(value, type) and not name.startswith('__'):
        names.append((name, value))
for t in internal:
    names.append((t.__name__, t))

seen = set()
for name, t in names:
    if t in seen:
        continue
    seen.add(t)
    print(name, dir(t))

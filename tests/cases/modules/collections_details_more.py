# collections: namedtuple generation, OrderedDict iteration checks, Counter arithmetic edge cases.
from collections import *
import copy
# namedtuple details
P = namedtuple('P', 'x, y z', defaults=(5,))
print(P.__new__.__doc__, P._make.__doc__, P._replace.__doc__, P.__doc__, P.__new__.__defaults__, P._field_defaults, P.__match_args__)
print(P.__repr__.__qualname__, P._asdict.__qualname__, P.x.__doc__, P.__module__, P(1, 2)._replace(z=3), P._make(range(3)))
for bad in [lambda: P._make([1]), lambda: P(1, 2)._replace(q=1), lambda: namedtuple('A', 'a b', defaults=(1, 2, 3)),
            lambda: namedtuple('A', 'a _b'), lambda: namedtuple('A', 'a a'), lambda: namedtuple('1A', 'a'), lambda: namedtuple('A', ['a', 3]),
            lambda: namedtuple('A', 'a def'), lambda: P()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
R = namedtuple('R', ['a', 'def', '_c', 'a', '1x'], rename=True, module='mymod'); print(R._fields, R.__module__)
One = namedtuple('One', 'v'); print(One(1), One.__doc__, One.__new__.__doc__, copy.copy(One(2)), One(3).__getnewargs__())
import inspect; print(inspect.signature(P))
E = namedtuple('E', ''); print(E(), E._fields)
# OrderedDict mutation during iteration
od = OrderedDict.fromkeys('abc')
for attempt in [lambda: od.__setitem__('new', 1), lambda: od.move_to_end('a'), lambda: od.pop('b'), lambda: od.popitem(last=False)]:
    try:
        for k in od:
            attempt()
    except RuntimeError as e: print(e)
    print(list(od))
od = OrderedDict(a=1, b=2, c=3); od['a'] = 10
for k in od: od[k] = 0
print(od, list(reversed(od)), od.popitem(last=False), od.popitem())
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('b', last=False); od.move_to_end('a'); print(od, list(od.keys()), list(od.values()))
print(OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(OrderedDict(b=1, a=2)), OrderedDict(b=1) == {'b': 1})
print(od.keys(), od.values(), od.items(), list(reversed(od.items())), len(od.keys()), 'a' in od.keys(), ('a', 1) in od.items())
od2 = OrderedDict(); od2['self'] = od2; print(od2)
o = OrderedDict(a=1); o.attr = 3; c = copy.copy(o); print(c, c.attr, copy.deepcopy(o).attr)
for bad in [[(1, 2, 3)], [(1,)], [()], [5]]:
    try: OrderedDict(bad)
    except Exception as e: print(type(e).__name__, e)
# Counter misc
c = Counter(b=2, a=2, c=5)
print(c.most_common(), c.most_common(1), c.most_common(0), list(c.elements()), Counter('aab') == Counter('aba'), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {'a': 1}, Counter() == Counter(x=0), Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=2))
x = Counter(a=1, b=-1); x += Counter(); print(x); y = Counter(a=-1); y |= Counter(); print(y); z = Counter(a=3, b=1); z &= Counter(a=1, c=5); print(z)
print(Counter({1: 1.5, 2: 0.5}) + Counter({1: 0.5}), -Counter(a=-2, b=3), +Counter(a=0, b=1), Counter(a=1) - Counter(a=1, b=-3))
print(copy.deepcopy(Counter(a=[1]) if False else Counter(a=1)), type(copy.copy(Counter(a=1))).__name__)
class C2(Counter): pass
print(C2('ab'), type(C2('a') + C2('b')).__name__, type(C2('a').copy()).__name__)
# ChainMap misc
cm = ChainMap({'a': 1}, {'b': 2})
print(list(cm.items()), list(cm.values()), cm == {'a': 1, 'b': 2}, dict(cm), copy.copy(cm), cm.new_child().maps[0])
print(ChainMap(UserDict(a=1)), len(ChainMap({1: 1}, {1: 2, 2: 2})))
class D(dict):
    def __missing__(self, key): return 'miss'
print(ChainMap(D(), {'q': 1})['zz'], ChainMap(D(), {'q': 1})['q'])
# UserDict/UserList/UserString extras
u = UserDict(a=1); u2 = copy.copy(u); u2['b'] = 2; print(u, u2, type(u2).__name__)
class UD(UserDict):
    def __init__(self, *a, **k): self.extra = 'x'; super().__init__(*a, **k)
ud = UD(a=1); c = ud.copy(); print(c, c.extra, type(c).__name__, UD.fromkeys('ab'))
ul = UserList('abc'); ul2 = copy.copy(ul); ul2.append('d'); print(ul, ul2, ul[::-1], ul[0], ul == UserList('abc'), ul != 'abc')
try: UserList([1]) + 5
except TypeError as e: print(e)
us = UserString('abc'); print(us.replace('b', UserString('X')), us.count(UserString('b')), us.find(UserString('c')), UserString('x%sy') % (1,), us.center(7), us.isidentifier(), us.encode(None, None))
for m in ['index', 'startswith', 'partition']:
    try: print(getattr(us, m)(UserString('b')))
    except TypeError as e: print(m, e)
print(sorted([UserString('b'), UserString('a')]), UserString('a') < UserString('b'), UserString('a') + 1, 1 + UserString('a') if False else UserString('ab')[::-1])
print(isinstance(deque(), __import__('collections').abc.MutableSequence), OrderedDict.__module__, odict := type(OrderedDict().keys()).__name__, Counter.__module__)
# FIFO use: many popitem(last=False) calls (the storage gets compacted along the way)
fifo = OrderedDict((i, str(i)) for i in range(3000))
it = iter(fifo)
got = [fifo.popitem(last=False)[0] for _ in range(2500)]
print(got == list(range(2500)), list(fifo)[:3], len(fifo), fifo.popitem(), next(iter(fifo)))
try: next(it)
except RuntimeError as e: print(e)
fifo[-1] = 'x'; fifo.move_to_end(2600, last=False); print(list(fifo)[:3], list(reversed(fifo))[:2], fifo[2600], list(fifo.values())[-1])

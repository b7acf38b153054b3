import collections as C
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2], maxlen=3); print(d, repr(deque()), deque('ab'), d.maxlen)
d.append(3); d.append(4); print(d); d.appendleft(0); print(d); d.extend([7, 8]); print(d); d.extendleft('ab'); print(d)
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); print(d, d[0], d[-1], d.index(9), d.count(3), 3 in d, 11 in d)
d.insert(2, 'x'); print(d); d.remove('x'); print(d); d.reverse(); print(d, d.pop(), d.popleft(), len(d), bool(d), bool(deque()))
del d[1]; d[0] = 'z'; print(d, list(reversed(d)), d.copy(), d == deque(d), d < deque(['zz']), d + deque([1]), d * 2)
x = deque(); x.append(x); print(x)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])['a'], lambda: deque([1])[1:2], lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1], 1).insert(0, 1), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque() + [1], lambda: defaultdict(1)]:
    show(f)
d = deque([1, 2, 3]);
try:
    for i in d: d.append(i)
except RuntimeError as e: print('RuntimeError', e)
d = deque(range(5), maxlen=3); d *= 2; print(d, deque([1,2]) * 0, 2 * deque('a'), deque(range(3)).__reduce__()[:2], deque([1], 3).__reduce__()[:2])
d = deque([1, 2]); d += 'ab'; print(d, d.index('a'), d.index(2, -3))
dd = defaultdict(list); dd['a'].append(1); print(dd, dd['b'], dd, defaultdict(), dd.copy(), dd.default_factory)
print(defaultdict(int, {'x': 1}, y=2), defaultdict(None, a=1).__reduce__()[:2], dd | {'c': 1}, type(dd | {}))
show(lambda: defaultdict()['q'])
od = OrderedDict(a=1, b=2); od['c'] = 3; od.move_to_end('a'); print(od, list(od.keys()), od.keys(), od.values(), od.items())
od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od, list(reversed(OrderedDict.fromkeys('xyz'))))
print(OrderedDict(), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
show(OrderedDict().popitem); show(OrderedDict().move_to_end, 'q')
o = OrderedDict(a=1); o['self'] = o; print(o, o.setdefault('a', 5), o.setdefault('n', 6), o.pop('n'), o.pop('zz', 0))
print(OrderedDict(a=1) | {'b': 2}, list(reversed(OrderedDict(a=1, b=2).items())), list(reversed(OrderedDict(a=1, b=2).values())))
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), sorted(c.elements()), c['z'], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter({1: 'x', 'a': 2}) if False else Counter([1, 1, 2]))
c = Counter(a=1); c += Counter(a=-3, b=2); print(c); c -= Counter(b=1); print(c); del c['nothere']; print(c)
show(Counter.fromkeys, 'ab')
print(repr(Counter({'a': 1, 'b': [1]})) if False else Counter(x=2).__reduce__())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0), 'b' in cm, cm.parents, cm.new_child(), cm.new_child({'q': 1}))
cm['z'] = 9; print(cm.maps); show(cm.__delitem__, 'b'); show(ChainMap().popitem); print(cm.pop('z'), dict(cm), cm.copy(), bool(ChainMap()), ChainMap({1: 2}) | {3: 4})
show(lambda: ChainMap()['x'])
P = namedtuple('P', 'x y z', defaults=[3])
for f in [lambda: P(), lambda: P(1), lambda: P(1, 2, 3, 4), lambda: P(1, x=2), lambda: P(1, 2, w=3), lambda: namedtuple('P', 'x _y'), lambda: namedtuple('P', 'x x'), lambda: namedtuple('1P', 'x'), lambda: namedtuple('P', 'def'), lambda: namedtuple('P', 'x', defaults=[1, 2]), lambda: P._make([1]), lambda: P(1, 2)._replace(q=1), lambda: namedtuple('P', 'x y')(), lambda: namedtuple('P', 'x y z')(), lambda: namedtuple('P', 'x')(1, 2), lambda: namedtuple('P', 'a b c d')(1), lambda: namedtuple('E', '')(1)]:
    show(f)
p = P(1, 2); print(p, P(1, 2, 5), P(x=1, y=2, z=6), P._make([4, 5, 6]), p._replace(x=9), p._asdict(), p.x, p[1], p.z, p == (1, 2, 3), hash(p) == hash((1, 2, 3)))
print(P.__doc__, P.__new__.__doc__, P.x.__doc__, P._field_defaults, P.__module__, P._fields, P.__match_args__, P._make.__doc__, P._replace.__doc__)
print(namedtuple('Q', 'a def _1 a', rename=True)._fields, namedtuple('R', ['a', 'b'], module='mod').__module__, namedtuple('S', 'a, b')(1, 2))
print(P._make.__qualname__, P.__repr__.__qualname__, P.__new__.__qualname__, P(1, 2).__getnewargs__(), P.__slots__, P.__bases__, namedtuple('One', 'a')(1))
import copy; print(copy.copy(p), copy.deepcopy(p))
class Sub(P):
    def total(self): return self.x + self.y + self.z
print(Sub(1, 2).total(), Sub(1, 2))
ud = C.UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud, ud.get('q'), ud.copy(), C.UserDict.fromkeys('ab'), ud | {'c': 3}, {'z': 0} | ud, dict(ud))
class MD(C.UserDict):
    def __missing__(self, k): return k * 2
print(MD()['ab'], MD().get('ab'))
ul = C.UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [9] + ul, ul * 2, ul == [0, 1, 2, 3], ul.pop(), ul.index(2), ul.count(1))
us = C.UserString('hello'); print(us, repr(us), us.upper(), us[1:3], us + '!', '>' + us, us * 2, us.split('l'), 'ell' in us, us == 'hello', len(us), us.find('l'), us.replace('l', 'L'), us.center(9, '*'), us % () if False else us.zfill(8))
print(sorted(C.__all__))
P2 = namedtuple('P2', 'x y'); p2 = P2(1, 2)
for f in [lambda: setattr(p2, 'x', 3), lambda: delattr(p2, 'x'), lambda: P2.x.__get__(5), lambda: P2.x.__get__((1,)), lambda: P2.x.__get__(None, P2), lambda: P2.x.__reduce__()[1], lambda: P2.x.__doc__]:
    show(f)

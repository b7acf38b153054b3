import pickle, copy, functools, operator, itertools, random, io
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
Point = namedtuple('Point', 'x y')
class Holder:
    pass
objs = [deque([1, 2, 3], maxlen=5), deque('ab'), defaultdict(list, {'a': [1]}), OrderedDict(b=1, a=2), Counter('hello'), Point(1, 2),
        ChainMap({'a': 1}, {'b': 2}), UserDict(a=1), UserList([1, 2]), UserString('s'), functools.partial(max, 1, key=abs),
        operator.itemgetter(1, 2), operator.attrgetter('real', 'imag'), operator.methodcaller('split', ','), itertools.count(5, 2), itertools.repeat('x', 3)]
for o in objs:
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        try:
            r = pickle.loads(pickle.dumps(o, proto))
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        if isinstance(r, (operator.itemgetter, operator.attrgetter, operator.methodcaller, functools.partial, itertools.count, itertools.repeat)):
            r = repr(r)
        print(proto, type(o).__name__, r)
    c1, c2 = copy.copy(o), copy.deepcopy(o)
    print(type(c1).__name__, repr(c1) if not isinstance(c1, functools.partial) else 'partial', type(c2).__name__)
r = random.Random(5); r2 = pickle.loads(pickle.dumps(r)); print(r.random() == r2.random())
r3 = copy.deepcopy(r); print(r.random() == r3.random())
h = Holder(); h.d = deque([h]); h2 = copy.deepcopy(h); print(h2.d[0] is h2)

# collections.deque: the whole API of the native type, its reprs and its error messages.
import copy
import weakref
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# construction and repr
print(deque(), deque([1, 2, 3]), deque('abc', 2), deque(range(5), maxlen=3))
print(deque(maxlen=0), deque([1], maxlen=None), repr(deque([None, 'x'])))
print(type(deque()).__module__, deque.__name__, deque.__qualname__, deque.__doc__.splitlines()[0])
attempt('maxlen<0', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('maxlen big', lambda: deque(maxlen=2**70))
attempt('not iterable', lambda: deque(1))
attempt('3 args', lambda: deque([], 2, 3))
attempt('bad kw', lambda: deque(x=1))
attempt('both', lambda: deque([1], iterable=[2]))
d = deque([1, 2, 3])
d.__init__([7, 8], maxlen=4)
print('reinit', d, d.maxlen)
d.__init__()
print('reinit empty', d, d.maxlen)

# the ends
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, d.pop(), d.popleft(), d)
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('append 0 args', lambda: d.append())
attempt('append 2 args', lambda: d.append(1, 2))
attempt('append kw', lambda: d.append(x=1))
attempt('pop arg', lambda: d.pop(1))
attempt('count 0 args', lambda: d.count())
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print('bounded append', d)
d.appendleft(0)
print('bounded appendleft', d)
d.extend([5, 6])
print('bounded extend', d)
d.extendleft([7, 8])
print('bounded extendleft', d)
z = deque(maxlen=0)
z.extend(iter([1, 2, 3]))
z.append(1)
print('maxlen 0', z, len(z))

# extend / extendleft / clear
d = deque([1, 2])
d.extend(d)
print('extend self', d)
d.extendleft(d)
print('extendleft self', d)
d.extendleft('ab')
print('extendleft', d)
attempt('extend int', lambda: d.extend(1))
d.clear()
print('clear', d, len(d), bool(d), bool(deque([0])))

# searching
d = deque([1, 2, 3, 2, 1])
print('count', d.count(2), d.count(9), 2 in d, 9 in d)
print('index', d.index(2), d.index(2, 2), d.index(1, -1), d.index(2, 0, 2), d.index(1, -100, 100))
attempt('index missing', lambda: d.index(9))
attempt('index range', lambda: d.index(3, 0, 2))
attempt('index no args', lambda: d.index())
attempt('index 4 args', lambda: d.index(1, 2, 3, 4))
attempt('index str start', lambda: d.index(1, 'a'))
attempt('index str stop', lambda: d.index(1, 0, 'a'))
print('index big', d.index(1, -2**80, 2**80))
d.remove(2)
print('remove', d)
attempt('remove missing', lambda: d.remove('x'))

# insert / reverse / rotate
d = deque([1, 2, 3])
d.insert(1, 'a')
d.insert(-1, 'b')
d.insert(100, 'end')
d.insert(-100, 'start')
print('insert', d)
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('insert 1 arg', lambda: d.insert(1))
attempt('insert 3 args', lambda: d.insert(1, 2, 3))
attempt('insert str', lambda: d.insert('a', 1))
d.reverse()
print('reverse', d)
d = deque(range(6))
d.rotate()
print('rotate', d)
d.rotate(2)
print('rotate 2', d)
d.rotate(-4)
print('rotate -4', d)
d.rotate(13)
print('rotate 13', d)
deque().rotate(5)
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate 2 args', lambda: d.rotate(1, 2))
attempt('rotate kw', lambda: d.rotate(n=1))
attempt('rotate big', lambda: d.rotate(2**70))

# the sequence protocol
d = deque('abcde')
print('getitem', d[0], d[-1], d[2], d[-5], d[True])


class Idx:
    def __index__(self):
        return 1


print('index obj', d[Idx()])
attempt('getitem range', lambda: d[5])
attempt('getitem neg range', lambda: d[-6])
attempt('getitem slice', lambda: d[1:2])
attempt('getitem str', lambda: d['a'])
attempt('getitem big', lambda: d[2**70])
d[0] = 'A'
d[-1] = 'E'
print('setitem', d)
attempt('setitem range', lambda: d.__setitem__(5, 1))
del d[1]
del d[-1]
print('delitem', d)
attempt('delitem range', lambda: d.__delitem__(9))
print('len', len(d), list(d), list(reversed(d)), d.maxlen, deque([], 4).maxlen)
attempt('set maxlen', lambda: setattr(d, 'maxlen', 3))
attempt('del maxlen', lambda: delattr(d, 'maxlen'))

# operators
a = deque([1, 2])
b = deque([3], maxlen=5)
print('add', a + b, b + a, a + deque())
attempt('add list', lambda: a + [1])
attempt('add int', lambda: a + 1)
print('mul', a * 2, 2 * a, a * 0, a * -1, deque([1, 2, 3], 2) * 2)
attempt('mul str', lambda: a * 'x')
attempt('mul big', lambda: a * 2**70)
c = a
c += [9]
c += 'xy'
print('iadd', c, c is a)
c *= 2
print('imul', c, c is a)
c *= 0
print('imul 0', c)
print('cmp', deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1])
print('order', deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque([2]) > deque([1, 5]),
      deque([1]) >= deque([1]), deque() < deque([0]))
try:
    deque([1]) < [1]
except TypeError as e:
    print('lt list TypeError')
print('eq NotImplemented', deque.__eq__(deque(), 1))
try:
    hash(deque())
except TypeError as e:
    print('hash TypeError')
print('hash attr', deque.__hash__)

# copies, reduce, generic alias
d = deque([1, [2]], 5)
e = d.copy()
f = copy.copy(d)
g = copy.deepcopy(d)
d[1].append(3)
print('copies', e, f, g, e.maxlen, d.__copy__())
print('reduce', d.__reduce__()[:3], list(d.__reduce__()[3]))
print('reduce unbounded', deque([1]).__reduce__()[:3])
print('alias', deque[int], deque[int].__origin__ is deque)
print('sizeof', deque().__sizeof__() > 0)

# subclasses
class Sub(deque):
    pass


s = Sub([1, 2], 4)
s.tag = 'x'
print('sub', s, type(s.copy()).__name__, type(s + s).__name__, type(s * 2).__name__, s.tag)
print('sub reduce', s.__reduce__()[0].__name__, s.__reduce__()[1:3])
print('sub copy', copy.copy(s), hasattr(copy.copy(s), 'tag'))


class Bad(deque):
    def __init__(self, *args):
        pass

    def __new__(cls, *args):
        if args:
            return 5
        return deque.__new__(cls)


attempt('bad copy', lambda: Bad().copy())

# recursive repr and weak references
d = deque()
d.append(d)
print('recursive', d)
d.clear()
r = weakref.ref(d)
print('weakref', r() is d)
del d
print('weakref dead', r())

# iterators
d = deque([1, 2, 3])
it = iter(d)
rit = reversed(d)
print(type(it).__name__, type(rit).__name__, type(it).__module__, type(it).__qualname__)
print('hint', it.__length_hint__(), next(it), it.__length_hint__(), next(rit), rit.__length_hint__())
print('it reduce', it.__reduce__(), rit.__reduce__())
print('rest', list(it), list(rit))
it2 = type(it)(d, 1)
print('iter from', list(it2), list(type(rit)(d, 2)), list(type(it)(d)))
attempt('iter new no args', lambda: type(it)())
attempt('iter new 3 args', lambda: type(it)(d, 1, 2))
it = iter(d)
next(it)
d.append(4)
attempt('mutated next', lambda: next(it))
attempt('mutated again', lambda: next(it))
it = iter(d)
d.append(5)
d.pop()
attempt('same size mutated', lambda: next(it))
it = iter(d)
d.reverse()
d[0] = 'x'
print('reverse and setitem keep iterating', list(it))
for x in d:
    pass
attempt('mutate in loop', lambda: [d.append(0) for x in d])


# comparisons that mutate
class Clears:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False


d = deque([1, 2, 3])
d.appendleft(Clears(d))
attempt('count mutated', lambda: d.count(3))
d = deque([1, 2, 3])
d.appendleft(Clears(d))
attempt('contains mutated', lambda: 3 in d)
d = deque([1, 2, 3])
d.appendleft(Clears(d))
attempt('index mutated', lambda: d.index(3))
d = deque([1, 2, 3])
d.appendleft(Clears(d))
attempt('remove mutated', lambda: d.remove(3))
d = deque([1, 2, 3])
d.appendleft(Clears(d))
attempt('eq mutated', lambda: d == deque([0, 2, 3, 4]))

# the cycle collector sees the items (and an iterator's deque)
import gc
import collections.abc


class Holder(deque):
    pass


d = Holder()
d.append(d)
d.me = d
r = weakref.ref(d)
del d
gc.collect()
print('cycle freed', r())
d = deque()
d.append(iter(d))
r = weakref.ref(d)
del d
gc.collect()
print('iterator cycle freed', r())
print('abc', isinstance(deque(), collections.abc.MutableSequence), hasattr(deque, '__bool__'))

# slot wrappers called directly with the wrong number of arguments
d = deque([1])
for name in ['__getitem__', '__setitem__', '__delitem__', '__contains__', '__add__', '__iadd__',
             '__mul__', '__rmul__', '__imul__', '__eq__', '__lt__', '__len__', '__iter__',
             '__repr__', '__reversed__']:
    try:
        getattr(d, name)(1, 2, 3)
    except TypeError as e:
        print(name, e)
attempt('new no args', lambda: deque.__new__())
attempt('new int', lambda: deque.__new__(int))
attempt('new not type', lambda: deque.__new__(1))
attempt('iter new no args', lambda: type(iter(d)).__new__())


# repr and __reduce__ go through a subclass's __iter__
class Evens(deque):
    def __iter__(self):
        return (x for x in deque.__iter__(self) if x % 2 == 0)


ev = Evens(range(6), 10)
print('sub iter', ev, list(ev.__reduce__()[3]), len(ev))


# the right operand's reflected method comes before the deque's sequence operations
class Reflected:
    def __rmul__(self, other):
        return 'rmul'

    def __radd__(self, other):
        return 'radd'


print('reflected', deque([1]) * Reflected(), deque([1]) + Reflected())
attempt('int times deque', lambda: 3 * deque([1]))
attempt('obj times deque', lambda: object() * deque([1]))

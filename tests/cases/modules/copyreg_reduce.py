# copyreg: object.__reduce_ex__ for every protocol, slot names, extension registry, errors.
import copyreg, copy
class Plain:
    def __init__(self): self.a = 1
class Empty: pass
class Slots:
    __slots__ = ('x', '__y', '__z__')
    def __init__(self): self.x = 1; self.__y = 2
class _Priv:
    __slots__ = ('__p',)
class __All:
    __slots__ = '__q'
class SlotsDict(Slots):
    __slots__ = ('w', '__dict__', '__weakref__')
class GNA:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, *a): o = object.__new__(cls); return o
class GNAEx:
    def __new__(cls, *a, **k): return object.__new__(cls)
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
class GNAExNoKw(GNAEx):
    def __getnewargs_ex__(self): return ((1,), {})
class BadEx1(GNAEx):
    def __getnewargs_ex__(self): return [1]
class BadEx2(GNAEx):
    def __getnewargs_ex__(self): return (1, 2, 3)
class BadEx3(GNAEx):
    def __getnewargs_ex__(self): return ([1], {})
class BadEx4(GNAEx):
    def __getnewargs_ex__(self): return ((1,), [])
class BadNA(GNA):
    def __getnewargs__(self): return [1]
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class GS:
    def __getstate__(self): return {'g': 1}
class GSNone:
    def __getstate__(self): return None
class GSFalse:
    def __init__(self): self.a = 1
    def __getstate__(self): return 0
class SlotsGS:
    __slots__ = ('a',)
    def __getstate__(self): return 'st'
class FS(frozenset): pass
class Exc(ValueError): pass
def gen(): yield 1
objs = [Plain(), Empty(), Slots(), _Priv(), SlotsDict(), GNA(3), GNAEx(), GNAExNoKw(), BadEx1(), BadEx2(), BadEx3(), BadEx4(), BadNA(3),
        L([1,2]), D(a=1), I(5), S('s'), GS(), GSNone(), GSFalse(), SlotsGS(), object(), FS([1]), Exc('e'), gen(), [1], {'a': 1}, 3, 'x', 1.5, 2j, None]
sd = SlotsDict(); sd.w = 5; sd.extra = 6; objs.append(sd)
l = L([1]); l.attr = 2; objs.append(l)
def show(v):
    if isinstance(v, tuple): return '(' + ', '.join(show(x) for x in v) + ')'
    if callable(v) and hasattr(v, '__name__'): return getattr(v, '__qualname__', v.__name__)
    if type(v).__name__ in ('list_iterator', 'dict_itemiterator'): return type(v).__name__ + str(list(v))
    if type(v).__module__ == '__main__' or type(v) is object: return '<' + type(v).__name__ + '>'
    return repr(v)
for o in objs:
    for p in (0, 1, 2, 4):
        try: r = show(o.__reduce_ex__(p))
        except Exception as e: r = f"{type(e).__name__}: {e}"
        print(type(o).__name__, p, r)
    try: c = copy.copy(o); print(' copy', type(c).__name__, getattr(c, '__dict__', None))
    except Exception as e: print(' copy', type(e).__name__, e)

print(copyreg._slotnames(Slots), copyreg._slotnames(_Priv), copyreg._slotnames(SlotsDict), copyreg._slotnames(Plain), Slots.__dict__.get('__slotnames__'), Plain.__dict__.get('__slotnames__'))
print(copyreg._slotnames(__All))
for call in [lambda: copyreg.pickle(int, 5), lambda: copyreg.pickle(int, len, 5), lambda: copyreg.constructor(1), lambda: copyreg.add_extension('m', 'n', 0),
             lambda: copyreg.add_extension('m', 'n', 2**31), lambda: copyreg.add_extension('m', 'n', 5), lambda: copyreg.add_extension('m', 'n', 5),
             lambda: copyreg.add_extension('m', 'n', 6), lambda: copyreg.add_extension('m', 'o', 5), lambda: copyreg.add_extension('m', 'p', '7'),
             lambda: (copyreg._extension_registry, copyreg._inverted_registry), lambda: copyreg.remove_extension('m', 'n', 6), lambda: copyreg.remove_extension('m', 'n', 5),
             lambda: copyreg.add_extension('m', 'p', 7.5), lambda: copyreg.clear_extension_cache(), lambda: copyreg.pickle_complex(3+4j), lambda: copyreg.pickle_union(int | str),
             lambda: copyreg._reconstructor(I, int, 7), lambda: copyreg._reconstructor(Plain, object, None), lambda: copyreg.__newobj__(I, 9), lambda: copyreg.__newobj_ex__(I, (9,), {}),
             lambda: copy.copy(3+1j), lambda: copyreg.dispatch_table[complex](1j)]:
    try: print(show(call()))
    except Exception as e: print(type(e).__name__, e)

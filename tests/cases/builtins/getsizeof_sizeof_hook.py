# sys.getsizeof honours __sizeof__ (looked up on the type), adds the GC pre-header, checks the
# result, and returns the default only for a TypeError; its argument errors.
import sys
g = sys.getsizeof
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class S100:
    def __sizeof__(self): return 100
class SS:
    __slots__ = ()
    def __sizeof__(self): return 100
class Neg:
    def __sizeof__(self): return -1
class Str:
    def __sizeof__(self): return "x"
class Flt:
    def __sizeof__(self): return 1.5
class Big:
    def __sizeof__(self): return 2**63
class BoolS:
    def __sizeof__(self): return True
class Raise:
    def __sizeof__(self): raise TypeError("nope")
class RaiseV:
    def __sizeof__(self): raise ValueError("nope")
class NoneS:
    __sizeof__ = None
class IntSub(int): pass
class Idx:
    def __index__(self): return 7
class IdxS:
    def __sizeof__(self): return Idx()
class IS:
    def __sizeof__(self): return IntSub(12)
class L(list):
    def __sizeof__(self): return 5
class Args:
    def __sizeof__(self, x): return 1
for c in [S100, SS, Neg, Str, Flt, Big, BoolS, Raise, RaiseV, NoneS, IdxS, IS, L, Args]:
    t(c.__name__, lambda: g(c()))
    t(c.__name__ + " default", lambda: g(c(), "dflt"))
o = S100()
o.__sizeof__ = lambda: 5
t("inst attr", lambda: g(o))
t("no args", lambda: g())
t("3 args", lambda: g(1, 2, 3))
t("kw object", lambda: g(object=1))
t("kw default", lambda: g(1, default=2))
t("kw both", lambda: g(object=[], default=2))
t("kw bad", lambda: g(1, foo=2))
t("kw dup", lambda: g(1, object=2))
t("kw only default", lambda: g(default=2))
t("list.__sizeof__(1)", lambda: [].__sizeof__(1))
t("int.__sizeof__(1,2)", lambda: (1).__sizeof__(2))
t("object.__sizeof__()", lambda: object.__sizeof__())
t("list.__sizeof__(())", lambda: list.__sizeof__(()))
t("int.__sizeof__('a')", lambda: int.__sizeof__('a'))
t("str.__sizeof__(1)", lambda: str.__sizeof__(1))
t("dict.__sizeof__([])", lambda: dict.__sizeof__([]))
t("tuple has own", lambda: '__sizeof__' in tuple.__dict__)
for tp in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, type, type(sys), type(lambda:0), type(None), BaseException]:
    print(tp.__name__, '__sizeof__' in tp.__dict__, end="; ")
print()
print(object.__sizeof__(5), object.__sizeof__(2**100), object.__sizeof__("abc"), object.__sizeof__([1,2,3]), object.__sizeof__((1,2)), object.__sizeof__({}), object.__sizeof__(b"ab"))
t("getsizeof type w/o sizeof", lambda: g(S100))
print(int.__sizeof__(True), bool.__sizeof__(True), str.__sizeof__("é"), bytes.__sizeof__(b"abc"), tuple.__sizeof__((1,2)), set.__sizeof__({1}), frozenset.__sizeof__(frozenset()), dict.__sizeof__({1:2}), list.__sizeof__([1]))
class Meta(type):
    def __sizeof__(cls):
        return 7
class WithMeta(metaclass=Meta):
    pass
t("metaclass __sizeof__", lambda: g(WithMeta))
t("instance of WithMeta", lambda: g(WithMeta()))
class Desc:
    def __get__(self, obj, tp):
        return lambda: 99
class UsesDesc:
    __sizeof__ = Desc()
t("descriptor", lambda: g(UsesDesc()))
class Static:
    __sizeof__ = staticmethod(lambda: 3)
t("staticmethod", lambda: g(Static()))
class ListSub(list):
    pass
t("list subclass", lambda: g(ListSub([1, 2, 3])))
class Super(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000
t("super() __sizeof__", lambda: g(Super([1, 2])))
t("default kw None", lambda: g(Raise(), default=None))
t("big default", lambda: g(Big(), 0))
t("[].__sizeof__ kw", lambda: [].__sizeof__(x=1))

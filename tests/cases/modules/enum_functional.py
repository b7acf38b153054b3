# enum functional API: names as a string, list of names, list of pairs, dict; start=, type=,
# module=, qualname=, boundary=; IntEnum/StrEnum/Flag through the functional form.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, KEEP

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__module__, Animal.__qualname__, repr(Animal))
Comma = Enum("Comma", "A,B, C")
print(list(Comma))
Start = Enum("Start", "X Y Z", start=10)
print(list(Start), Start.Z.value)
Listed = Enum("Listed", ["ONE", "TWO"])
print(list(Listed))
Tupled = Enum("Tupled", ("P", "Q"))
print(list(Tupled))
Pairs = Enum("Pairs", [("LOW", 5), ("HIGH", 50), ("ALSO_LOW", 5)])
print(list(Pairs), Pairs.ALSO_LOW, list(Pairs.__members__))
Mapped = Enum("Mapped", {"UP": "u", "DOWN": "d"})
print(list(Mapped), Mapped("d"))
Placed = Enum("Placed", "A B", module="somewhere", qualname="Outer.Placed")
print(Placed.__module__, Placed.__qualname__, Placed.__name__, Placed.A.__reduce_ex__(2)[1][1])
Numbers = IntEnum("Numbers", "ONE TWO THREE")
print(list(Numbers), Numbers.TWO + 1, str(Numbers.THREE), type(Numbers.ONE).__mro__)
Words = StrEnum("Words", "HELLO WORLD")
print(list(Words), Words.HELLO.upper(), str(Words.WORLD))
Bits = Flag("Bits", "A B C")
print(list(Bits), repr(Bits.A | Bits.C), Bits.C.value)
Ints = IntFlag("Ints", "A B C", boundary=KEEP)
print(list(Ints), repr(Ints(9)))
Typed = Enum("Typed", "A B", type=int)
print(list(Typed), Typed.B + 1, Typed.__mro__, repr(Typed.A), str(Typed.A), format(Typed.A))
Floats = Enum("Floats", [("HALF", 0.5), ("ONE", 1.0)], type=float)
print(list(Floats), Floats.HALF * 4, Floats(1.0))
Empty = Enum("Empty", [])
print(list(Empty), len(Empty))


def make():
    return Enum("Inner", "A")


print(make().__module__, make().__qualname__)
try:
    Animal("Again", "X Y")
except TypeError as e:
    print("TypeError", e)
try:
    Enum("Bad", "A A")
except TypeError as e:
    print("TypeError", e)
try:
    Enum("Bad", [("mro", 1)])
except ValueError as e:
    print("ValueError", e)
try:
    Enum("Bad", "_sunder_ B")
except ValueError as e:
    print("ValueError", e)

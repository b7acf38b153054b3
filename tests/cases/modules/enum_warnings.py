# enum DeprecationWarnings shown for __main__: `in` with a non-member, a class nested in an
# enum body (still a member in 3.11), auto() after values that do not sort.
from enum import Enum, auto


class Color(Enum):
    RED = 1


try:
    1 in Color
except TypeError as e:
    print("TypeError", e)


class Outer(Enum):
    A = 1

    class Nested:
        pass


print(list(Outer.__members__), Outer.Nested.value.__name__)


class Mixed(Enum):
    A = "x"
    B = 2
    C = auto()


print(list(Mixed))

# enum errors: reused names, extending enums with members, reserved names, bad mixin order,
# unique/verify failures, _order_ mismatch, reassigning and deleting members, containment
# of non-members, ReprEnum without a data type, _generate_next_value_ after auto().
import warnings
from enum import (Enum, IntEnum, Flag, ReprEnum, auto, unique, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, EnumCheck)

warnings.simplefilter("ignore", DeprecationWarning)


def attempt(label, build):
    try:
        result = build()
    except Exception as e:
        message = str(e)
        # object addresses and set order are not deterministic
        message = message.split(" at 0x")[0].split(": {")[0]
        print(label, "->", type(e).__name__ + ":", message)
    else:
        print(label, "-> ok", result)


class Color(Enum):
    RED = 1
    GREEN = 2


def reuse():
    class X(Enum):
        A = 1
        A = 2


def method_then_member():
    class X(Enum):
        def A(self):
            pass
        A = 1


def member_then_method():
    class X(Enum):
        A = 1

        def A(self):
            pass


def extend():
    class More(Color):
        BLUE = 3


def sunder():
    class X(Enum):
        _bad_ = 1


def mixin_last():
    class X(Enum, int):
        A = 1


def two_types():
    class X(int, str, Enum):
        A = 1


def mro_name():
    class X(Enum):
        mro = 1


def order_mismatch():
    class X(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def order_ok():
    class X(Enum):
        _order_ = "A B"
        A = 1
        B = 2
    return list(X)


def late_gnv():
    class X(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


def ignore_after():
    class X(Enum):
        A = 1
        _ignore_ = ["A"]


def repr_enum_plain():
    class X(ReprEnum):
        A = 1


def int_bad_value():
    class X(IntEnum):
        A = "one"


def dup():
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        ALIAS = 1
        OTHER = 2


def verify_unique():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1


def verify_cont():
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1
        B = 2
        E = 5


def verify_cont_flag():
    @verify(CONTINUOUS)
    class V(Flag):
        A = 1
        D = 8


def verify_named():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        ALL = 15


def verify_named_two():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        AX = 5
        BX = 9


def verify_ok():
    @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        AB = 3
    return list(V)


def verify_not_enum():
    @verify(UNIQUE)
    class V:
        pass


for label, build in [
    ("reuse", reuse), ("method_then_member", method_then_member),
    ("member_then_method", member_then_method), ("extend", extend), ("sunder", sunder),
    ("mixin_last", mixin_last), ("two_types", two_types), ("mro_name", mro_name),
    ("order_mismatch", order_mismatch), ("order_ok", order_ok), ("late_gnv", late_gnv),
    ("ignore_after", ignore_after), ("repr_enum_plain", repr_enum_plain),
    ("int_bad_value", int_bad_value), ("dup", dup), ("verify_unique", verify_unique),
    ("verify_cont", verify_cont), ("verify_cont_flag", verify_cont_flag),
    ("verify_named", verify_named), ("verify_named_two", verify_named_two),
    ("verify_ok", verify_ok), ("verify_not_enum", verify_not_enum),
]:
    attempt(label, build)

attempt("contains int", lambda: 1 in Color)
attempt("contains str", lambda: "RED" in Color)
attempt("reassign", lambda: setattr(Color, "RED", 3))
attempt("delete", lambda: delattr(Color, "RED"))
attempt("new attr", lambda: setattr(Color, "_private", 3))
attempt("call bad", lambda: Color(3))
attempt("call none", lambda: Color(None))
attempt("call list", lambda: Color([1]))
attempt("getitem", lambda: Color["red"])
attempt("getattr", lambda: Color.red)
attempt("dunder", lambda: Color.__missing_dunder__)
attempt("instantiate Enum", lambda: Enum(1))
attempt("call two", lambda: Color(1, 2))
attempt("no names", lambda: Color())
attempt("checks", lambda: (list(EnumCheck), str(UNIQUE), repr(CONTINUOUS)))
attempt("compare", lambda: Color.RED < 1)
attempt("sorted", lambda: sorted(Color))
attempt("member call", lambda: Color.RED())
attempt("member attr", lambda: Color.RED.missing)

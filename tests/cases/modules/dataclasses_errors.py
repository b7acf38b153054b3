# dataclasses: error messages for bad definitions and bad calls (mutable defaults, ordering of defaults, misuse).
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import sys


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


def mutable_list():
    @dataclass
    class C:
        tags: list = []


def mutable_dict():
    @dataclass
    class C:
        mapping: dict = {}


def mutable_set():
    @dataclass
    class C:
        s: set = set()


class Unhashable:
    __hash__ = None


def mutable_custom():
    @dataclass
    class C:
        u: Unhashable = Unhashable()


def hashable_custom():
    class Box:
        pass

    @dataclass
    class C:
        b: Box = Box()
    return type(C().b).__name__


def tuple_default():
    @dataclass
    class C:
        t: tuple = (1, [2])
    return C()


def non_default_after_default():
    @dataclass
    class C:
        a: int = 1
        b: str


def non_default_after_inherited_default():
    @dataclass
    class Base:
        a: int = 1

    @dataclass
    class C(Base):
        b: int


def kw_only_after_default_is_fine():
    @dataclass
    class C:
        a: int = 1
        b: int = field(kw_only=True)
    return C(b=2)


def init_false_after_default_is_fine():
    @dataclass
    class C:
        a: int = 1
        b: int = field(init=False)
    c = C()
    return (c.a, hasattr(c, "b"))


def both_defaults():
    field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class C:
        a: int
        b = field(default=2)


def missing_args():
    @dataclass
    class C:
        a: int
        b: int
    C(1)


def too_many_args():
    @dataclass
    class C:
        a: int
    C(1, 2)


def unknown_kw():
    @dataclass
    class C:
        a: int
    C(1, c=3)


def no_init():
    @dataclass(init=False)
    class C:
        a: int = 1
    return (C(), C.__doc__)


def no_init_with_args():
    @dataclass(init=False)
    class C:
        a: int = 1
    C(1)


def init_false_field_missing():
    @dataclass
    class C:
        a: int = field(init=False)
    return repr(C())


def fields_of_nonclass():
    fields(3)


def fields_chain():
    try:
        fields(object())
    except TypeError as e:
        return (type(e.__context__).__name__, e.__suppress_context__)


def post_init_wrong_args():
    @dataclass
    class C:
        a: int
        b: InitVar[int]

        def __post_init__(self):
            pass
    C(1, 2)


def double_kw_only_str():
    @dataclass
    class C:
        a: int
        _: "KW_ONLY"
        b: int
    return C.__doc__


def dataclass_on_non_class():
    return dataclass(5)


attempt("mutable list", mutable_list)
attempt("mutable dict", mutable_dict)
attempt("mutable set", mutable_set)
attempt("mutable custom", mutable_custom)
attempt("hashable custom", hashable_custom)
attempt("tuple default", tuple_default)
attempt("non-default after default", non_default_after_default)
attempt("inherited default", non_default_after_inherited_default)
attempt("kw_only after default", kw_only_after_default_is_fine)
attempt("init=False after default", init_false_after_default_is_fine)
attempt("both defaults", both_defaults)
attempt("no annotation", field_without_annotation)
attempt("missing args", missing_args)
attempt("too many args", too_many_args)
attempt("unknown kw", unknown_kw)
attempt("init=False", no_init)
attempt("init=False call", no_init_with_args)
attempt("init=False field", init_false_field_missing)
attempt("fields(3)", fields_of_nonclass)
attempt("fields chain", fields_chain)
attempt("post_init args", post_init_wrong_args)
attempt("KW_ONLY as string", double_kw_only_str)
attempt("dataclass(5)", dataclass_on_non_class)
print("typing imported:", "typing" in sys.modules)

# dataclasses with typing: ClassVar (object and string forms) is not a field, typing.Any in make_dataclass, InitVar via strings.
import typing
from typing import ClassVar, List, Optional
import dataclasses
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Counter:
    total: ClassVar[int] = 0
    plain: typing.ClassVar = "bare"
    as_string: "ClassVar[str]" = "s"
    qualified_string: "typing.ClassVar[int]" = 3
    spaced: " typing . ClassVar[int]" = 4
    name: str = "n"
    items: List[int] = field(default_factory=list)
    maybe: Optional[int] = None


print([f.name for f in fields(Counter)])
print(Counter.__doc__)
print(Counter(), Counter.total, Counter.as_string)
kinds = {name: f._field_type for name, f in Counter.__dataclass_fields__.items()}
print(kinds)

for bad in ("kw_only", "factory"):
    try:
        if bad == "kw_only":
            @dataclass
            class C1:
                a: ClassVar[int] = field(default=1, kw_only=True)
        else:
            @dataclass
            class C2:
                a: ClassVar[list] = field(default_factory=list)
    except TypeError as e:
        print(e)

M = dataclasses.make_dataclass("M", ["a", ("b", typing.Any)])
print(M.__doc__, [f.type for f in fields(M)])


@dataclass
class WithInit:
    x: int
    scale: "dataclasses.InitVar[int]" = 1

    def __post_init__(self, scale):
        self.x *= scale


print(WithInit(2, 5), repr(InitVar[List[int]]))


@dataclass
class NotClassVar:
    a: "ClassVarX[int]" = 1
    b: "typing.List[int]" = None


print([f.name for f in fields(NotClassVar)])

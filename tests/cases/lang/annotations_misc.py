# Annotations on functions, classes and modules; from __future__-free evaluation; typing basics.
from typing import Optional, List, Dict, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict

x: int = 5
y: "forward"
print(__annotations__)


class Point:
    x: float
    y: float = 0.0
    label: Optional[str] = None


print(Point.__annotations__, Point.y, hasattr(Point, "x"))


def f(a: int, b: List[int] = None, *args: str, c: Dict[str, int], **kw: Any) -> Union[int, None]:
    return None


print(f.__annotations__)
T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int](3).item, Box.__parameters__, repr(T), Optional[int], List[int], Callable[[int], str])


class Emp(NamedTuple):
    name: str
    id: int = 3


print(Emp("x"), Emp._fields, Emp.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "X", "year": 1}
print(m, Movie.__annotations__, Movie.__required_keys__ == frozenset({"title", "year"}))


def no_eval(a: undefined_name_is_fine_in_string if False else int):
    return a


print(no_eval(1), no_eval.__annotations__)

# Protocol structural checks, get_type_hints corners, NamedTuple/TypedDict corners.
import typing
from typing import (Annotated, ClassVar, Generic, List, NamedTuple, NotRequired, Optional,
                    Protocol, Required, TypedDict, TypeVar, get_type_hints, no_type_check,
                    runtime_checkable)

T = TypeVar('T')


def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


@runtime_checkable
class Named(Protocol):
    name: str


class NotRuntime(Protocol):
    def go(self): ...


class File:
    name = 'f'

    def close(self):
        pass


class NoClose:
    close = None


show('isinstance method', lambda: (isinstance(File(), Closer), isinstance(3, Closer)))
show('None member', lambda: (isinstance(NoClose(), Closer), issubclass(NoClose, Closer)))
show('issubclass', lambda: (issubclass(File, Closer), issubclass(int, Closer)))
show('data member isinstance', lambda: (isinstance(File(), Named), isinstance(1, Named)))
show('data member issubclass', lambda: issubclass(File, Named))
show('not runtime', lambda: isinstance(File(), NotRuntime))
show('not runtime sub', lambda: issubclass(File, NotRuntime))
show('issubclass nonclass', lambda: issubclass(3, Closer))
show('instantiate', lambda: Closer())
show('runtime_checkable bad', lambda: runtime_checkable(File))


class Impl(Closer):
    def __init__(self, x):
        self.x = x


show('explicit subclass', lambda: (Impl(4).x, isinstance(Impl(1), Closer)))


def bad_proto():
    class P(Protocol, File):
        pass


show('bad protocol base', bad_proto)


@runtime_checkable
class GenProto(Protocol[T]):
    def get(self) -> T: ...


show('generic protocol', lambda: (GenProto[int], GenProto.__parameters__))


class Node:
    nxt: 'Optional[Node]'
    tag: Annotated[int, 'meta']
    count: ClassVar[int] = 0


show('class hints', lambda: get_type_hints(Node))
show('class hints extras', lambda: get_type_hints(Node, include_extras=True)['tag'])


def fn(a: 'List[int]', b: Annotated[str, 1] = 'x') -> None:
    pass


show('fn hints', lambda: get_type_hints(fn))
show('fn hints extras', lambda: get_type_hints(fn, include_extras=True))
show('hints bad', lambda: get_type_hints(3))
show('hints undefined', lambda: get_type_hints(type('C', (), {'__annotations__': {'x': 'Nope'}})))


@no_type_check
class Skipped:
    x: 'nonsense here'

    def m(self, a: 'also nonsense'): ...


show('no_type_check', lambda: (get_type_hints(Skipped), Skipped.m.__no_type_check__))


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


show('namedtuple', lambda: (Point(1), Point(1, 2).norm(), Point._field_defaults,
                            Point.__annotations__))


def nt_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


show('namedtuple order', nt_order)


def nt_reserved():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


show('namedtuple reserved', nt_reserved)
show('namedtuple functional', lambda: NamedTuple('P', [('a', int)])._fields)
show('namedtuple both', lambda: NamedTuple('P', [('a', int)], b=str))


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Sequel(Movie):
    prev: NotRequired[Annotated[str, 'x']]
    rank: int


show('typeddict keys', lambda: (sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__),
                                sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__),
                                Movie.__total__, Sequel.__total__))
show('typeddict call', lambda: Movie(title='x'))
show('typeddict isinstance', lambda: isinstance({}, Movie))
show('typeddict functional', lambda: TypedDict('TD', {'a': int}).__annotations__)
show('typeddict both', lambda: TypedDict('TD', {'a': int}, b=str))
show('is_typeddict', lambda: (typing.is_typeddict(Movie), typing.is_typeddict(dict)))

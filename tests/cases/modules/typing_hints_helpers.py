# typing.get_type_hints and the helper functions: cast, overload, final, no_type_check,
# assert_never, assert_type, reveal_type, dataclass_transform, ForwardRef.
import sys
from typing import (get_type_hints, Optional, List, Dict, ClassVar, Final, Annotated, ForwardRef,
                    Callable, Union, cast, overload, get_overloads, clear_overloads, final,
                    no_type_check, assert_never, assert_type, reveal_type, dataclass_transform,
                    NamedTuple, TypedDict, TYPE_CHECKING)


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Node:
    val: int
    next: 'Optional[Node]'
    children: List['Node']
    count: ClassVar[int] = 0
    meta: Annotated[int, 'unit']
    table: 'dict[str, Node]'
    nothing: None


class Leaf(Node):
    weight: 'float'


def f(a: int, b: 'str' = None, c: 'Node' = None) -> 'List[int]':
    pass


def g(x: Annotated[int, 'a'], y: None, z: 'Annotated[str, 1]') -> None:
    pass


def h(x: 'Undefined'):
    pass


def k(x: 'int | None', y: 'list[Node]', z: Callable[['Node'], 'int']):
    pass


class Methods:
    def meth(self, x: 'Node') -> 'int':
        pass


show('class', lambda: get_type_hints(Node))
show('class extras', lambda: get_type_hints(Node, include_extras=True))
show('subclass order', lambda: list(get_type_hints(Leaf)))
show('function', lambda: get_type_hints(f))
show('function extras', lambda: (get_type_hints(g), get_type_hints(g, include_extras=True)))
show('undefined name', lambda: get_type_hints(h))
show('pep 604 strings', lambda: get_type_hints(k))
show('method', lambda: (get_type_hints(Methods.meth), get_type_hints(Methods().meth)))
show('localns', lambda: get_type_hints(f, localns={'Node': int}))
show('globalns', lambda: get_type_hints(f, globalns={'Node': str, 'List': list}))
show('not annotatable', lambda: get_type_hints(3))
show('builtin', lambda: get_type_hints(len))
show('no annotations', lambda: get_type_hints(lambda: 0))
x: int = 3
y: 'List[int]'
show('module', lambda: get_type_hints(sys.modules[__name__]))


def local_classes():
    class Local:
        a: 'Other'

    class Other:
        pass

    return get_type_hints(Local, localns=locals())


show('local classes', lambda: list(local_classes()))


class Movie(TypedDict):
    name: 'str'
    year: int


class Pt(NamedTuple):
    x: 'int'
    y: float = 0.0


show('TypedDict hints', lambda: get_type_hints(Movie))
show('NamedTuple hints', lambda: get_type_hints(Pt))


class WithFinal:
    a: Final[int] = 1
    b: 'ClassVar[str]' = 'x'


show('Final/ClassVar', lambda: get_type_hints(WithFinal))


def bad_classvar(x: 'ClassVar[int]'):
    pass


show('ClassVar argument', lambda: get_type_hints(bad_classvar))

fr = ForwardRef('List[int]')
show('ForwardRef', lambda: (fr, fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_is_argument__))
show('ForwardRef eval', lambda: fr._evaluate(globals(), None, frozenset()))
show('ForwardRef eq', lambda: (ForwardRef('int') == ForwardRef('int'), ForwardRef('int') == ForwardRef('str')))
show('ForwardRef module', lambda: ForwardRef('x', module='m'))
show('ForwardRef not str', lambda: ForwardRef(1))
show('ForwardRef syntax', lambda: ForwardRef('1 +'))
show('List[str fwd]', lambda: (List['int'], Union['A', int], Optional['B']))

show('cast', lambda: (cast(int, 'x'), cast('List[int]', 3), cast(List[str], None)))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


@overload
def stub_only(x: int) -> int: ...


show('overload impl', lambda: parse('abc'))
show('get_overloads', lambda: [o.__annotations__ for o in get_overloads(parse)])
show('stub call', lambda: stub_only(1))
show('none registered', lambda: get_overloads(show))
clear_overloads()
show('cleared', lambda: get_overloads(parse))


@final
class Sealed:
    @final
    def method(self):
        pass


show('final', lambda: (Sealed.__final__, Sealed.method.__final__, final(3)))


@no_type_check
def untyped(a: 'not a type at all'):
    pass


@no_type_check
class Untyped:
    a: 'nonsense'

    def m(self, b: 'junk'):
        pass


show('no_type_check', lambda: (untyped.__no_type_check__, get_type_hints(untyped), Untyped.m.__no_type_check__, get_type_hints(Untyped)))
show('assert_never', lambda: assert_never(3))
show('assert_never long', lambda: assert_never('x' * 150))
show('assert_type', lambda: assert_type([1], List[int]))
show('reveal_type', lambda: reveal_type({'a': 1}))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), custom=1)
def model(cls):
    return cls


show('dataclass_transform', lambda: model.__dataclass_transform__)
show('TYPE_CHECKING', lambda: TYPE_CHECKING)


class Inner:
    a: list['Inner']
    b: dict[str, 'int']
    c: 'Optional[list[Inner]]'
    d: Optional['Inner'] = None
    e: list['int'] | None


def builtin_generics(x: 'List[Inner]', y: tuple['int', ...]):
    pass


show('strings inside builtin generics', lambda: get_type_hints(Inner))
show('function builtin generics', lambda: get_type_hints(builtin_generics))

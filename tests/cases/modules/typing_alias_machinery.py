# Behaviour of typing's alias machinery: caching, substitution, equality, pickling.
import copy
import operator
import typing
from typing import (Annotated, Any, Callable, ClassVar, Concatenate, Dict, ForwardRef, Generic,
                    List, Literal, NewType, Optional, ParamSpec, Protocol, Tuple, TypeVar,
                    TypeVarTuple, Union, Unpack, get_args, get_origin, get_overloads, overload)

T = TypeVar('T')
U = TypeVar('U')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('cache', lambda: (List[int] is List[int], Union[int, str] is Union[int, str],
                       Literal[1] is Literal[1], Literal[1] is Literal[True]))
show('subst twice', lambda: List[T][int] == List[int])
show('dict subst', lambda: Dict[T, List[U]][str, int])
show('too many', lambda: List[T][int, str])
show('not generic', lambda: List[int][str])
show('union dedup', lambda: Union[int, str, int, Union[str, bytes]])
show('union single', lambda: Union[int, int])
show('optional repr', lambda: (Union[None, int], Optional[Union[int, str]]))
show('union order eq', lambda: Union[int, str] == Union[str, int])
show('union | ', lambda: (int | List[str], List[str] | None))
show('union subst', lambda: Union[T, List[T]][bytes])
show('literal dedup', lambda: Literal[1, True, 1, Literal[2, 1]])
show('literal eq', lambda: (Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True]))
show('literal unhashable', lambda: Literal[[1], [1]])
show('callable', lambda: (Callable[[int], str], Callable[..., int], Callable[[], None]))
show('callable args', lambda: get_args(Callable[[int, str], bytes]))
show('callable P', lambda: Callable[P, int][[str, bytes]])
show('callable P flat', lambda: Callable[P, int][str, bytes])
show('callable concat', lambda: Callable[Concatenate[int, P], int][[str]])
show('callable T', lambda: Callable[[T], List[T]][float])
show('callable bad', lambda: Callable[int])
show('concat bad', lambda: Concatenate[int, str])
show('concat empty', lambda: Concatenate[()])
show('tuple forms', lambda: (Tuple[()], Tuple[int, ...], Tuple[int, ...].__args__))
show('tvt subst', lambda: Tuple[int, Unpack[Ts]][str, bytes, float])
show('tvt star', lambda: Tuple[Unpack[Ts], T][int])
show('tvt few', lambda: Tuple[T, Unpack[Ts], U][int])
show('annotated', lambda: Annotated[Annotated[int, 'a'], 'b'])
show('annotated args', lambda: (get_args(Annotated[int, 1, 2]), get_origin(Annotated[int, 1])))
show('annotated subst', lambda: Annotated[List[T], 'x'][int])
show('annotated bad', lambda: Annotated[int])
show('forwardref', lambda: (ForwardRef('int'), ForwardRef('x', module='m'),
                            ForwardRef('a') == ForwardRef('a'), ForwardRef('a') == 'a'))
show('forwardref bad', lambda: ForwardRef('1 +'))
show('forwardref type', lambda: ForwardRef(1))
show('typevar copy', lambda: (copy.copy(T) is T, copy.deepcopy(T) is T,
                              T.__reduce__()))
show('typevar module', lambda: (T.__module__, P.__module__, Ts.__module__))
show('typevar attrs', lambda: (T.__bound__, T.__constraints__, T.__covariant__))
show('typevar errors 1', lambda: TypeVar('X', int))
show('typevar errors 2', lambda: TypeVar('X', int, str, bound=int))
show('typevar errors 3', lambda: TypeVar('X', covariant=True, contravariant=True))
show('typevar bound', lambda: TypeVar('X', bound='Foo').__bound__)
show('paramspec', lambda: (P.args, P.kwargs, P.args == P.args, P.args.__origin__ is P))
show('paramspec hash', lambda: hash(P.args))
show('reduce alias', lambda: [(a.__reduce__()[0] is operator.getitem, a.__reduce__()[1]) for a in (List[int], Dict[str, T], Optional[int],
                                                      Callable[[int], str], Literal[1, 'a'],
                                                      Annotated[int, 'x'])])
show('reduce bare', lambda: (List.__reduce__(), Union.__reduce__()))
show('alias attrs', lambda: (List[int].__origin__, List[int].__args__, List[T].__parameters__,
                             List.__name__, List[int].__name__, List[int]._name))
show('alias call', lambda: List[int]())
show('alias call ok', lambda: typing.Deque[int]([1, 2]))
show('alias isinstance', lambda: isinstance([], List[int]))
show('bare isinstance', lambda: (isinstance([], List), issubclass(List, typing.Sequence)))
show('union isinstance', lambda: (isinstance(3, Union[int, str]), isinstance(b'', Union[int, str])))
show('union iter', lambda: list(Union[int, str]))
show('special call', lambda: Union())


def subclass_of(base):
    class X(base):
        pass
    return X


show('special subclass', lambda: subclass_of(ClassVar))
show('alias subclass', lambda: subclass_of(ClassVar[int]))
show('list subclass', lambda: subclass_of(List[int]).__mro__)
show('any subclass', lambda: subclass_of(Any).__mro__)
show('special isinstance', lambda: isinstance(1, Literal))
show('any isinstance', lambda: isinstance(1, Any))
show('any call', lambda: Any())
show('plain form arg', lambda: List[ClassVar])
show('classvar arg', lambda: List[ClassVar[int]])
show('final nested', lambda: ClassVar[typing.Final[int]])
show('tuple arg', lambda: List[(int, str),])
show('origins', lambda: [get_origin(x) for x in (List[int], List, int | str, Generic,
                                                    P.args, Literal[1], ClassVar[int], int)])
show('args', lambda: [get_args(x) for x in (List[int], int | str, Union[int, str], int,
                                              Callable[P, int], Callable[..., int])])


class Box(Generic[T]):
    pass


class Pair(Box[T], Generic[T, U]):
    pass


show('generic', lambda: (Box[int], Pair[int, str], Pair.__parameters__, Box[int]().__orig_class__))
show('generic twice', lambda: Generic[T][int])
show('generic empty', lambda: Generic[()])
show('generic nontv', lambda: Generic[int])
show('generic dup', lambda: Generic[T, T])
show('generic count', lambda: Box[int, str])
show('plain generic', lambda: subclass_of(Generic))


def bad_listing():
    class X(Box[T], Generic[U]):
        pass


show('unlisted', bad_listing)


class PBox(Generic[P]):
    pass


show('pbox', lambda: (PBox[[int, str]], PBox[int, str], PBox[...]))
UserId = NewType('UserId', int)
show('newtype', lambda: (UserId, UserId(5), UserId.__supertype__, UserId | None))


def sub_newtype():
    class X(UserId):
        pass


show('newtype subclass', sub_newtype)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


show('overloads', lambda: len(get_overloads(f)))
show('overload call', lambda: get_overloads(f)[0](1))
show('reveal/assert', lambda: typing.assert_type(3, int))
show('assert_never', lambda: typing.assert_never('x' * 200))

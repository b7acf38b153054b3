# typing's generic aliases of builtins and ABCs, TypeVar, Generic classes and substitution.
import collections
import collections.abc
import typing
from typing import (TypeVar, Generic, List, Dict, Set, FrozenSet, Tuple, Type, Deque, DefaultDict,
                    OrderedDict, Counter, ChainMap, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, Awaitable, Coroutine, AsyncIterator, ContextManager,
                    Hashable, Sized, Callable, Optional, Union, Literal, Annotated, get_origin,
                    get_args, AnyStr, Text, TYPE_CHECKING)


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for alias in (List, Dict, Set, FrozenSet, Tuple, Type, Deque, DefaultDict, OrderedDict, Counter,
              ChainMap, Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping,
              Awaitable, Coroutine, AsyncIterator, ContextManager, Hashable, Sized, Callable,
              typing.AbstractSet, typing.ByteString, typing.Collection, typing.Container,
              typing.ItemsView, typing.KeysView, typing.ValuesView, typing.Reversible,
              typing.AsyncGenerator, typing.AsyncIterable, typing.AsyncContextManager):
    print(repr(alias), alias.__origin__, alias.__name__)

show('List[int]', lambda: List[int])
show('Dict[str, List[int]]', lambda: Dict[str, List[int]])
show('Set/FrozenSet', lambda: (Set[int], FrozenSet[str]))
show('Type[int]', lambda: Type[int])
show('Deque/DefaultDict', lambda: (Deque[int], DefaultDict[str, int]))
show('OrderedDict/Counter/ChainMap', lambda: (OrderedDict[str, int], Counter[str], ChainMap[str, int]))
show('Generator', lambda: Generator[int, None, None])
show('Coroutine', lambda: Coroutine[None, None, int])
show('ContextManager[int]', lambda: ContextManager[int])
show('Mapping[str, int] parts', lambda: (Mapping[str, int].__origin__, Mapping[str, int].__args__, Mapping[str, int].__parameters__))
show('List[int] name', lambda: (List[int].__name__, List[int].__module__))
show('doc', lambda: (List.__doc__, Deque.__doc__))
show('List[int] eq', lambda: (List[int] == List[int], List[int] == list[int], List[int] is List[int]))
show('too many', lambda: List[int, str])
show('too few', lambda: Dict[int])
show('not generic', lambda: Hashable[int])
show('Generator few', lambda: Generator[int])
show('List()', lambda: List())
show('Dict()', lambda: Dict())
show('Deque()', lambda: Deque[int]([1, 2]))
show('Counter()', lambda: Counter[str]('abca'))

show('isinstance List', lambda: (isinstance([], List), isinstance((), List), isinstance({}, Dict)))
show('isinstance Iterable', lambda: (isinstance([], Iterable), isinstance(3, Iterable)))
show('isinstance Sized', lambda: (isinstance('x', Sized), isinstance(3, Sized)))
show('isinstance Callable', lambda: (isinstance(print, Callable), isinstance(len, Callable), isinstance(3, Callable)))
show('issubclass', lambda: (issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable)))
show('isinstance List[int]', lambda: isinstance([], List[int]))
show('issubclass List[int]', lambda: issubclass(list, List[int]))
show('isinstance Callable[[int], str]', lambda: isinstance(len, Callable[[int], str]))
show('isinstance Optional[List[int]]', lambda: isinstance(None, Optional[List[int]]))

T = TypeVar('T')
S = TypeVar('S')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
Num = TypeVar('Num', int, float)
B = TypeVar('B', bound='Base')
show('TypeVars', lambda: (T, T_co, T_contra, Num, B))
show('TypeVar attrs', lambda: (T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__module__))
show('constraints', lambda: Num.__constraints__)
show('bound', lambda: B.__bound__)
show('bound list', lambda: TypeVar('L', bound=List[int]).__bound__)
show('single constraint', lambda: TypeVar('X', int))
show('bound and constraints', lambda: TypeVar('X', int, str, bound=int))
show('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
show('AnyStr', lambda: (AnyStr, AnyStr.__constraints__, Text, TYPE_CHECKING))
show('T | int', lambda: (T | int, int | T))
show('isinstance T', lambda: isinstance(1, T))
show('TypeVar subclass', lambda: type('X', (TypeVar,), {}))

show('List[T]', lambda: (List[T], List[T].__parameters__))
show('List[T][int]', lambda: List[T][int])
show('Dict[str, T][int]', lambda: Dict[str, T][int])
show('Dict[T, S][int, str]', lambda: Dict[T, S][int, str])
show('Dict[T, T][int]', lambda: Dict[T, T][int])
show('Dict[str, T][int, str]', lambda: Dict[str, T][int, str])
show('List[int][str]', lambda: List[int][str])
show('Callable[[T], S]', lambda: Callable[[T], S][int, str])
show('Union[T, List[T]][int]', lambda: Union[T, List[T]][int])
show('Optional[T][str]', lambda: Optional[T][str])
show('Tuple[T, ...][int]', lambda: Tuple[T, ...][int])
show('list[T]', lambda: (list[T].__parameters__, list[T][int], dict[str, T][bytes]))
show('List[list[T]]', lambda: List[list[T]][int])


class Base:
    pass


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item

    def get(self):
        return self.item


class Pair(Generic[T, S]):
    pass


show('Box', lambda: (Box, Box.__parameters__, Box.__orig_bases__, Box.__bases__, Box.__mro__))
show('Box[int]', lambda: (Box[int], Box[int].__origin__, Box[int].__args__, Box[int].__parameters__))
show('Box[int] module', lambda: Box[int].__module__)
show('Box[int] eq', lambda: (Box[int] == Box[int], Box[int] == Box[str], Box[int] is Box[int]))
b = Box[int](5)
show('Box[int](5)', lambda: (b.item, b.__orig_class__, type(b)))
show('Box[int].get', lambda: Box[int].get.__qualname__)
show('Box[int].missing', lambda: Box[int].missing)
show('Box[int, str]', lambda: Box[int, str])
show('Box[int][str]', lambda: Box[int][str])
show('Box[T][int]', lambda: Box[T][int])
show('Box[List[T]][int]', lambda: Box[List[T]][int])
show('Pair[int, str]', lambda: Pair[int, str])
show('Pair[int]', lambda: Pair[int])
show('Pair[T, int][str]', lambda: Pair[T, int][str])
show('Generic[T, T]', lambda: Generic[T, T])
show('Generic[int]', lambda: Generic[int])
show('Generic[()]', lambda: Generic[()])
show('Generic[T][int]', lambda: Generic[T][int])
show('isinstance Box', lambda: (isinstance(b, Box), isinstance(Box(), Box)))
show('isinstance Box[int]', lambda: isinstance(b, Box[int]))


class IntBox(Box[int]):
    pass


class Both(Box[T], Pair[T, S]):
    pass


class Explicit(Box[T], Generic[S, T]):
    pass


class MyList(List[T]):
    pass


class MyIter(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


show('IntBox', lambda: (IntBox.__orig_bases__, IntBox.__bases__, IntBox.__parameters__))
show('IntBox[int]', lambda: IntBox[int])
show('Both', lambda: (Both.__orig_bases__, Both.__bases__, Both.__parameters__, Both[int, str]))
show('Explicit', lambda: (Explicit.__parameters__, Explicit[int, str]))
show('MyList', lambda: (MyList.__bases__, MyList.__parameters__, MyList[int], MyList([1, 2])))
show('MyIter', lambda: (MyIter.__bases__, list(MyIter()), isinstance(MyIter(), Iterable)))


for bases in ((Generic,), (Box[T], Generic[S]), (Generic[T], Generic[S])):
    try:
        class Tmp(*bases):
            pass
        print('defined', Tmp.__bases__)
    except TypeError as e:
        print('class', bases, '!!', e)

show('get_origin', lambda: [get_origin(x) for x in (List[int], List, Box[int], Generic, Generic[T], int | None, Union[int, str], Literal[1], Annotated[int, 1], Callable[[int], str], int, None, list[int])])
show('get_args', lambda: [get_args(x) for x in (List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int, str], bool], Callable[..., int], Annotated[int, 'x', 2], Tuple[()], tuple[()], int, int | str, list[int], Literal[1, 2])])
show('PEP 604', lambda: (Optional[int] | str, List[int] | None, None | List[int], int | List[int], int | None | List[int], Literal[1] | None))
show('PEP 604 types', lambda: (type(int | None), type(List[int] | None), (int | None) == Optional[int]))

from typing import IO, TextIO, BinaryIO


class Sink(TextIO):
    def write(self, s):
        return len(s)


show('IO', lambda: (IO, IO[str], IO[bytes], IO.__parameters__, TextIO.__mro__, BinaryIO.__orig_bases__))
show('IO subclass', lambda: (Sink().write('abc'), Sink().read(), isinstance(Sink(), IO), IO[str].__origin__))
show('IO[int]', lambda: IO[int])
show('TextIO[str]', lambda: TextIO[str])

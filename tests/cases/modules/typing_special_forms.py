# typing's special forms: reprs, flattening and the errors of bad subscriptions.
import typing
from typing import (Any, Optional, Union, Callable, Literal, Final, ClassVar, Annotated,
                    NoReturn, Never, Self, LiteralString, TypeAlias, Concatenate, ParamSpec,
                    TypeGuard, Required, NotRequired, Unpack, TypeVarTuple, Tuple, List, Dict)


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for form in (Any, NoReturn, Never, Self, LiteralString, TypeAlias, Union, Optional, Literal,
             Final, ClassVar, Concatenate, TypeGuard, Required, NotRequired, Unpack, Annotated):
    print(repr(form))
print(type(Optional).__name__, Optional.__name__, Union.__qualname__)

show('Optional[int]', lambda: Optional[int])
show('Union[int, str]', lambda: Union[int, str])
show('Union[int]', lambda: Union[int])
show('Union[int, int]', lambda: Union[int, int])
show('Union nested', lambda: Union[int, Union[str, bytes], int])
show('Optional[Union]', lambda: Optional[Union[int, str]])
show('Union[None, int]', lambda: Union[None, int])
show('Union with None twice', lambda: Union[int, None, None])
show('Union[()]', lambda: Union[()])
show('Optional[int, str]', lambda: Optional[int, str])
show('Union args', lambda: Union[int, str].__args__)
show('Union origin', lambda: Union[int, str].__origin__)
show('Union eq', lambda: Union[int, str] == Union[str, int])
show('Union hash eq', lambda: hash(Union[int, str]) == hash(Union[str, int]))
show('Union eq UnionType', lambda: Union[int, str] == (int | str))
show('Union cached', lambda: Union[int, str] is Union[int, str])
show('Union hash UnionType', lambda: (hash(int | None) == hash(Optional[int]), {int | None: 1}.get(Optional[int])))
show('Union fwd', lambda: Union['Foo', int])
show('Union with UnionType', lambda: Union[int | str, None])

show('Callable', lambda: Callable)
show('Callable[[int], str]', lambda: Callable[[int], str])
show('Callable[[], None]', lambda: Callable[[], None])
show('Callable[..., int]', lambda: Callable[..., int])
show('Callable args', lambda: Callable[[int, str], bool].__args__)
show('Callable bad', lambda: Callable[int])
show('Callable bad2', lambda: Callable[[int], str, bytes])
P = ParamSpec('P')
show('Callable[P, int]', lambda: Callable[P, int])
show('Concatenate', lambda: Callable[Concatenate[int, P], str])
show('Concatenate ...', lambda: Concatenate[int, ...])
show('Concatenate bad', lambda: Concatenate[int, str])
show('Concatenate empty', lambda: Concatenate[()])
show('P.args', lambda: (P.args, P.kwargs, P.args.__origin__))

show('Tuple[int, str]', lambda: Tuple[int, str])
show('Tuple[int, ...]', lambda: Tuple[int, ...])
show('Tuple[()]', lambda: Tuple[()])
show('Tuple[()].__args__', lambda: Tuple[()].__args__)
show('Tuple[int, ...].__args__', lambda: Tuple[int, ...].__args__)
show('Tuple()', lambda: Tuple())

show('Literal', lambda: Literal[1, 'a', None, True])
show('Literal dedup', lambda: Literal[1, 2, 1])
show('Literal nested', lambda: Literal[Literal[1, 2], 3])
show('Literal 1 vs True', lambda: Literal[1] == Literal[True])
show('Literal order', lambda: Literal[1, 2] == Literal[2, 1])

show('ClassVar[int]', lambda: ClassVar[int])
show('Final[List[int]]', lambda: Final[List[int]])
show('ClassVar two', lambda: ClassVar[int, str])
show('List[ClassVar[int]]', lambda: List[ClassVar[int]])
show('List[Final]', lambda: List[Final])
show('TypeGuard[int]', lambda: TypeGuard[int])
show('Required[int]', lambda: Required[int])
show('NotRequired two', lambda: NotRequired[int, str])
show('Self[int]', lambda: Self[int])
show('NoReturn[int]', lambda: NoReturn[int])

show('Annotated', lambda: Annotated[int, 'meta', 3])
show('Annotated nested', lambda: Annotated[Annotated[int, 1], 2])
show('Annotated metadata', lambda: Annotated[List[int], 'x'].__metadata__)
show('Annotated origin', lambda: Annotated[int, 'x'].__origin__)
show('Annotated one', lambda: Annotated[int])
show('Annotated()', lambda: Annotated())
show('Annotated eq', lambda: Annotated[int, 1] == Annotated[int, 1])

Ts = TypeVarTuple('Ts')
show('Ts', lambda: (Ts, Unpack[Ts], list(Ts)))
show('Tuple[Unpack[Ts]]', lambda: Tuple[int, Unpack[Ts]])

show('Any()', lambda: Any())
show('isinstance Any', lambda: isinstance(1, Any))
show('isinstance Union', lambda: isinstance(1, Union))
show('isinstance Optional', lambda: isinstance(1, Optional))
show('ClassVar()', lambda: ClassVar())
show('isinstance Union[int, str]', lambda: (isinstance(1, Union[int, str]), isinstance(1.0, Union[int, str])))
show('issubclass Union', lambda: issubclass(bool, Optional[int]))


class SubAny(Any):
    pass


show('subclass of Any', lambda: (SubAny.__mro__, isinstance(SubAny(), SubAny)))
for base in (Union, Optional[int], ClassVar[int], Literal[1]):
    try:
        class Bad(base):
            pass
    except TypeError as e:
        print('subclass', repr(base), '!!', e)

# What may stand as a type argument.
show('Union unhashable', lambda: Union[[int]])
show('Optional unhashable', lambda: Optional[[int]])
show('Literal unhashable', lambda: (Literal[[1]], Literal[{}]))
show('List[[int]]', lambda: (List[[int]], List[(int,)], Dict[(int, str)]))
show('Callable list result', lambda: Callable[[int], [str]])
for bad in ('Generic', 'Union', 'Optional', 'ClassVar[int]', 'Final[int]'):
    show('List[%s]' % bad, lambda: List[eval(bad, typing.__dict__)])
show('List[Any/NoReturn/Self]', lambda: (List[Any], List[NoReturn], List[Self]))
show('ClassVar[Final[int]]', lambda: ClassVar[Final[int]])

# typing.ParamSpec, Concatenate and TypeVarTuple in generic classes and Callable substitution.
from typing import (Callable, Concatenate, Generic, ParamSpec, Tuple, TypeVar, TypeVarTuple,
                    Unpack, get_args)


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


Ts = TypeVarTuple('Ts')
T = TypeVar('T')
P = ParamSpec('P')


class Arr(Generic[Unpack[Ts]]):
    pass


class Shaped(Generic[T, Unpack[Ts]]):
    pass


show('Ts', lambda: (Ts, Ts.__name__, Unpack[Ts], list(Ts), Ts.__module__))
show('Arr params', lambda: Arr.__parameters__)
show('Arr[int, str]', lambda: Arr[int, str])
show('Arr[()]', lambda: Arr[()])
show('Shaped[int]', lambda: Shaped[int])
show('Shaped[int, str, bytes]', lambda: Shaped[int, str, bytes])
show('Shaped[()]', lambda: Shaped[()])
show('Tuple[*Ts][int, str]', lambda: Tuple[Unpack[Ts]][int, str])
show('Tuple[T, *Ts]', lambda: Tuple[T, Unpack[Ts]][int, str, float])
show('Generic[Ts]', lambda: Generic[Ts])


class Z(Generic[P]):
    pass


class Z2(Generic[T, P]):
    pass


show('P', lambda: (P, P.__name__, P.args, P.kwargs, P.args.__origin__, P.kwargs == P.kwargs))
show('bound', lambda: ParamSpec('Q', bound=int).__bound__)
show('Z[[int, str]]', lambda: Z[[int, str]])
show('Z[int, str]', lambda: Z[int, str])
show('Z[...]', lambda: Z[...])
show('Z2[int, [str]]', lambda: Z2[int, [str]])
show('Z2[int, ...]', lambda: Z2[int, ...])
show('Z2[int]', lambda: Z2[int])
show('Z2[int, str]', lambda: Z2[int, str])
show('Callable[P, T]', lambda: (Callable[P, T], Callable[P, T].__parameters__))
show('Callable[P, T][[int], str]', lambda: Callable[P, T][[int], str])
show('Callable[P, T][..., str]', lambda: Callable[P, T][..., str])
show('Concatenate subst', lambda: Callable[Concatenate[int, P], T][[str], bool])
show('get_args', lambda: (get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int])))

# typing.Protocol: structural isinstance/issubclass with @runtime_checkable, and its errors.
from typing import (Protocol, runtime_checkable, TypeVar, Iterable, Sized, SupportsInt,
                    SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes,
                    SupportsComplex)

T = TypeVar('T')


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class RuntimeCloser(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class File:
    def close(self):
        return 'closed'


class Person:
    name = 'ann'

    def greet(self):
        return 'hi ' + self.name


class Blocked:
    close = None


class LateName:
    def __init__(self):
        self.name = 'late'

    def greet(self):
        return 'x'


show('isinstance plain protocol', lambda: isinstance(File(), Closer))
show('issubclass plain protocol', lambda: issubclass(File, Closer))
show('isinstance runtime', lambda: (isinstance(File(), RuntimeCloser), isinstance(1, RuntimeCloser)))
show('issubclass runtime', lambda: (issubclass(File, RuntimeCloser), issubclass(int, RuntimeCloser)))
show('blocked by None', lambda: (isinstance(Blocked(), RuntimeCloser), issubclass(Blocked, RuntimeCloser)))
show('data member isinstance', lambda: (isinstance(Person(), Named), isinstance(LateName(), Named), isinstance(File(), Named)))
show('data member issubclass', lambda: issubclass(Person, Named))
show('issubclass non-class', lambda: issubclass(1, RuntimeCloser))
show('instantiate protocol', lambda: Closer())
show('mro', lambda: RuntimeCloser.__mro__)
show('flags', lambda: (Closer._is_protocol, Closer._is_runtime_protocol, RuntimeCloser._is_runtime_protocol))
show('metaclass', lambda: type(RuntimeCloser).__name__)
show('runtime_checkable on class', lambda: runtime_checkable(File))


class Impl(RuntimeCloser):
    def __init__(self, x):
        self.x = x

    def close(self):
        return 'impl closed'


class Inherits(RuntimeCloser):
    pass


show('explicit subclass', lambda: (Impl(3).x, Impl(3).close(), Impl._is_protocol))
show('isinstance explicit', lambda: isinstance(Impl(1), RuntimeCloser))
show('inherited stub', lambda: (type(Inherits()).__name__, Inherits().close()))


@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T: ...


class IntGetter:
    def get(self):
        return 1


show('Protocol[T]', lambda: (Getter[int], Getter.__parameters__, Getter.__orig_bases__))
show('isinstance generic protocol', lambda: (isinstance(IntGetter(), Getter), isinstance(File(), Getter)))
show('isinstance Getter[int]', lambda: isinstance(IntGetter(), Getter[int]))


class Both(RuntimeCloser, Protocol):
    def open(self) -> None: ...


class OpenClose:
    def open(self):
        pass

    def close(self):
        pass


show('sub-protocol', lambda: (Both._is_protocol, Both._is_runtime_protocol))
show('sub-protocol check', lambda: isinstance(OpenClose(), Both))
runtime_checkable(Both)
show('sub-protocol runtime', lambda: (isinstance(OpenClose(), Both), isinstance(File(), Both)))

try:
    class BadProto(File, Protocol):
        pass
except TypeError as e:
    print('bad protocol base !!', e)


class SizedProto(Sized, Protocol):
    def extra(self) -> int: ...


show('abc base protocol', lambda: (SizedProto._is_protocol, isinstance([], Sized), issubclass(list, Iterable)))


class Money:
    def __int__(self):
        return 7

    def __float__(self):
        return 7.5

    def __abs__(self):
        return self

    def __round__(self, n=0):
        return 7


show('SupportsInt', lambda: (isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(Money(), SupportsInt)))
show('SupportsFloat', lambda: (isinstance(3.0, SupportsFloat), isinstance(Money(), SupportsFloat)))
show('SupportsIndex', lambda: (isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex)))
show('SupportsAbs', lambda: (isinstance(-3, SupportsAbs), SupportsAbs[int], issubclass(Money, SupportsAbs)))
show('SupportsRound', lambda: (issubclass(float, SupportsRound), isinstance(Money(), SupportsRound)))
show('SupportsBytes', lambda: (isinstance(b'x', SupportsBytes), isinstance(3, SupportsBytes)))
class Cplx:
    def __complex__(self):
        return 1j


show('SupportsComplex', lambda: (isinstance(Cplx(), SupportsComplex), isinstance(1, SupportsComplex)))
show('Supports reprs', lambda: (SupportsInt, SupportsIndex, SupportsRound.__parameters__))

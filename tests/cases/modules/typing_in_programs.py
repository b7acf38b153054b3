# typing as programs use it: generic containers, ABC generics, ParamSpec decorators, protocols,
# records, and get_type_hints over forward references.
import abc, functools
from typing import (Any, Awaitable, Callable, Coroutine, Dict, Generic, IO, List, NamedTuple,
                    Optional, ParamSpec, Protocol, Self, Sequence, Tuple, TypeAlias, TypedDict,
                    TypeVar, TYPE_CHECKING, Union, get_type_hints, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
P = ParamSpec('P')
R = TypeVar('R')

class Stack(Generic[T]):
    __slots__ = ('items',)
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> 'Stack[T]':
        self.items.append(item)
        return self
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1).push(2)
print(s.pop(), s.items, type(s).__name__)
print(get_type_hints(Stack.push))

class Repo(abc.ABC, Generic[K, V]):
    @abc.abstractmethod
    def get(self, key: K) -> Optional[V]: ...

class MemRepo(Repo[str, int]):
    def __init__(self): self.d = {}
    def get(self, key): return self.d.get(key)

r = MemRepo()
print(r.get('x'), MemRepo.__orig_bases__, MemRepo.__mro__)
try:
    Repo()
except TypeError as e:
    print(e)

class Meta(Generic[T], metaclass=abc.ABCMeta):
    pass
print(Meta[int], type(Meta))

def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2))
print(get_type_hints(add))

class Node(Generic[T]):
    value: T
    next: Optional['Node[T]']
print(get_type_hints(Node))

class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self
print(get_type_hints(Shape.set_scale))

if TYPE_CHECKING:  # never true at runtime
    import nonexistent_module

class Config(TypedDict, total=False):
    host: str
    port: int
cfg: Config = {'host': 'x'}
print(cfg, get_type_hints(Config))

class Rec(NamedTuple):
    name: str
    score: float = 0.0
recs = sorted([Rec('b', 2.0), Rec('a', 3.5), Rec('c')], key=lambda r: r.score, reverse=True)
print(recs)
print(get_type_hints(Rec))

@runtime_checkable
class Plugin(Protocol):
    name: str
    def run(self, data: bytes) -> int: ...

class Upper:
    name = 'upper'
    def run(self, data): return len(data)
plugins: List[Plugin] = [Upper()]
print([isinstance(p, Plugin) for p in plugins])

def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([3, 4]), get_type_hints(first))

def process(f: IO[str]) -> None: pass
print(get_type_hints(process))

class Tree:
    children: 'list[Tree]'
    parent: 'Tree | None'
print(get_type_hints(Tree))
Alias: TypeAlias = 'dict[str, list[int]]'
print(Alias)
Pairs = List[Tuple[K, V]]
print(Pairs, Pairs[str, int], Pairs.__parameters__)
JSON = Union[Dict[str, 'JSON'], List['JSON'], str, int, float, bool, None]
print(JSON)
print(Callable[[int], Awaitable[str]])
print(Dict[str, Callable[..., Coroutine[Any, Any, None]]])

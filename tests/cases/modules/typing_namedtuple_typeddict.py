# typing.NamedTuple, TypedDict and NewType: class and functional forms, their attributes and errors.
import warnings
from typing import NamedTuple, TypedDict, NewType, Generic, TypeVar, Required, NotRequired, \
    Annotated, List, Optional, is_typeddict

T = TypeVar('T')


def show(label, make):
    try:
        print(label, '->', repr(make()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = 'p'

    def dist(self):
        return abs(self.x) + abs(self.y)

    @property
    def pair(self):
        return (self.x, self.y)


show('Point(1)', lambda: Point(1))
show('Point(1, 2, "q")', lambda: Point(1, 2, 'q'))
show('Point(x=3, y=4)', lambda: Point(x=3, y=4))
show('methods', lambda: (Point(3, -4).dist(), Point(5, 6).pair, Point.__doc__))
show('fields', lambda: (Point._fields, Point._field_defaults, Point.__annotations__))
show('bases', lambda: (Point.__bases__, Point.__mro__, Point.__module__, Point.__qualname__))
show('helpers', lambda: (Point(3, 4)._replace(x=5), Point(3, 4)._asdict(), Point._make([7, 8, 'z'])))
show('tuple', lambda: (isinstance(Point(1), tuple), Point(1, 2) == (1, 2, 'p'), len(Point(1))))
show('unpack', lambda: tuple(Point(9, 8)))
show('missing arg', lambda: Point())
show('new annotations', lambda: Point.__new__.__annotations__)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
show('functional', lambda: (Emp('a', 1), Emp.__annotations__, Emp._fields, Emp.__module__))
Emp2 = NamedTuple('Emp2', name=str, id=int)
show('keywords', lambda: (Emp2('b', 2), Emp2.__annotations__))
show('both forms', lambda: NamedTuple('X', [('a', int)], b=int))
show('bad field type', lambda: NamedTuple('X', [('a', 3)]))
show('empty', lambda: NamedTuple('Empty', [])())


def define(body):
    try:
        ns = {}
        exec(body, globals(), ns)
        print('defined', list(ns))
    except (TypeError, AttributeError) as e:
        print('define !!', type(e).__name__, e)


define('class Bad(NamedTuple):\n    x: int = 1\n    y: int\n')
define('class Bad(NamedTuple):\n    x: int = 1\n    z: int = 2\n    y: int\n')
define('class Bad(NamedTuple):\n    x: int\n    def _asdict(self): pass\n')
define('class Bad(NamedTuple):\n    x: int\n    _fields = 1\n')
define('class Bad(NamedTuple, int):\n    x: int\n')


class Inherit(Point):
    def extra(self):
        return 'extra'


show('subclass', lambda: (Inherit(1).extra(), Inherit(1), Inherit._fields))


class GPair(NamedTuple, Generic[T]):
    first: T
    second: T


show('generic namedtuple', lambda: (GPair[int], GPair(1, 2), GPair.__parameters__, GPair.__bases__))


class Movie(TypedDict):
    name: str
    year: int


class Rated(Movie, total=False):
    rating: float
    votes: Required[int]


class Mixed(TypedDict):
    title: str
    note: NotRequired[str]
    tag: Annotated[NotRequired[str], 'meta']


m = Movie(name='Alien', year=1979)
show('instance', lambda: (m, type(m), m['name']))
show('keywords dict', lambda: Movie({'name': 'x'}, year=2))
show('class', lambda: (Movie, Movie.__module__, Movie.__bases__, Movie.__mro__))
show('annotations', lambda: (Movie.__annotations__, Rated.__annotations__))
show('keys', lambda: (sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__)))
show('Rated keys', lambda: (sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__)))
show('Mixed keys', lambda: (sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__)))
show('total', lambda: (Movie.__total__, Rated.__total__))
show('isinstance', lambda: isinstance(m, Movie))
show('issubclass', lambda: issubclass(dict, Movie))
show('is_typeddict', lambda: (is_typeddict(Movie), is_typeddict(Rated), is_typeddict(dict), is_typeddict(m)))

Functional = TypedDict('Functional', {'a': int, 'b': List[str]}, total=False)
show('functional', lambda: (Functional, Functional.__annotations__, sorted(Functional.__optional_keys__), Functional.__total__, Functional(a=1)))
show('both forms', lambda: TypedDict('X', {'a': int}, b=int))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    KW = TypedDict('KW', a=int, b=str)
show('keyword form', lambda: (KW.__annotations__, [w.category.__name__ for w in caught]))
show('bad value type', lambda: TypedDict('X', {'a': (1, 2)}))
define('class Bad(TypedDict, int):\n    x: int\n')
define('class Bad(Movie, dict):\n    x: int\n')


class GenTD(TypedDict, Generic[T]):
    value: T


show('generic TypedDict', lambda: (GenTD[int], GenTD.__bases__, GenTD.__parameters__, GenTD(value=1)))

UserId = NewType('UserId', int)
Names = NewType('Names', List[str])
show('NewType', lambda: (UserId, UserId(5), UserId.__name__, UserId.__qualname__, UserId.__supertype__, UserId.__module__))
show('NewType generic', lambda: (Names, Names.__supertype__, Names(['a'])))
show('NewType type', lambda: type(UserId))
show('NewType union', lambda: (UserId | None, Optional[UserId]))
show('NewType dotted', lambda: NewType('Outer.Inner', int))
show('NewType isinstance', lambda: isinstance(3, UserId))
show('NewType of NewType', lambda: NewType('AdminId', UserId).__supertype__)
try:
    class Derived(UserId):
        pass
except TypeError as e:
    print('subclass NewType !!', e)

# urllib.parse, pickle round trips (and PicklingError for lambdas), inspect basics.
import inspect
import pickle
from urllib.parse import urlparse, urlencode, parse_qs, parse_qsl, quote, unquote, urljoin, urlunparse, quote_plus

u = urlparse("https://user:pw@example.com:8080/path/to/page.html?q=1&r=two#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username, u.password)
print(urlunparse(u._replace(fragment="")), urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "/x"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), parse_qs("a=1&a=2&b=3"), parse_qsl("k=v&e="), parse_qsl("k=v&e=", keep_blank_values=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%C3%A9%20x"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


data = {"ints": [1, 2 ** 100, -3], "f": 1.5, "s": "é", "b": b"\x00", "t": (1, None, True), "set": {1, 2}, "p": Point(1, 2)}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    print(proto, pickle.loads(blob) == data, type(blob).__name__)
shared = [1]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1], pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(Point)) is Point)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0], str(e).split(">: ")[-1])


def nested_maker():
    def inner():
        pass

    return inner


try:
    pickle.dumps(nested_maker())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Custom, (self.v * 2,))


print(pickle.loads(pickle.dumps(Custom(21))).v)


def sample(a, b=2, *args, c, d=4, **kwargs) -> int:
    """Sample doc."""
    return a


sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.parameters["c"].kind, sig.return_annotation)
print(inspect.isfunction(sample), inspect.isclass(Point), inspect.ismodule(pickle), inspect.ismethod(Point(1, 2).__eq__))
print(inspect.getdoc(sample), inspect.getmodule(sample).__name__, inspect.getsource(Custom.__reduce__), end="")
print(sorted(name for name, _ in inspect.getmembers(Point, inspect.isfunction)))
print(inspect.signature(lambda x, /, y=1: 0), inspect.getfullargspec(sample).kwonlyargs)
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno, inspect.stack()[0].function)

# json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads, errors, round trips.
import json

data = {"name": "Ada", "langs": ["py", "rs"], "age": 36, "ok": True, "none": None, "pi": 3.14, "nested": {"k": [1, {"z": 0}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"é": "日本"}), json.dumps({"é": "日本"}, ensure_ascii=False))
print(json.dumps([1.0, 1e100, -0.0, 10 ** 20, float("inf")]), json.dumps("quote\" back\\ nl\n tab\t \x01"))
print(json.dumps({1: "int key", True: "bool key", None: "none key"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({"a": [1, 2]}, indent="\t"), json.dumps([1, [2]], indent=0))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {3}}, default=list), json.dumps(float("nan"), allow_nan=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": "\\u00e9\\n"}, "big": 123456789012345678901234567890}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, obj["big"])
print(json.loads("3"), json.loads('"s"'), json.loads("[]"), json.loads(" null "), json.loads("1e2"), json.loads("-0"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1]", parse_int=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads("NaN"), json.loads("Infinity"), json.loads(b'"bytes ok"'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}', "[1] x", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.pos, e.lineno, e.colno)
print(json.loads(json.dumps(data)) == data, issubclass(json.JSONDecodeError, ValueError))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"z": 1 + 2j}, cls=Enc), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=1))
import io

buf = io.StringIO()
json.dump([1, "two"], buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))

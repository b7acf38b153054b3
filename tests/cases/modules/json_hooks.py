import sys


def load_json(native):
    """A fresh json package; without `native`, switched to its pure-Python fallbacks."""
    for name in [m for m in sys.modules if m == 'json' or m.startswith('json.')]:
        del sys.modules[name]
    import json
    import json.decoder
    import json.encoder
    import json.scanner
    if not native:
        json.decoder.scanstring = json.decoder.py_scanstring
        json.scanner.make_scanner = json.scanner.py_make_scanner
        json.encoder.encode_basestring = json.encoder.py_encode_basestring
        json.encoder.encode_basestring_ascii = json.encoder.py_encode_basestring_ascii
        json.encoder.c_make_encoder = None
        json._default_decoder = json.JSONDecoder()
    return json


# json.loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
# cls, and the order in which hooks run.
from collections import OrderedDict
class Decimal(str):
    def __repr__(self):
        return f'Decimal({str(self)!r})'


def run(json):
    calls = []

    def pairs(p):
        calls.append(('pairs', p))
        return ('P', p)

    def hook(d):
        calls.append(('hook', d))
        return ('H', sorted(d))

    doc = '{"a": 1, "b": [{"c": {}}, {"d": 2}], "e": {"f": null}}'
    print(json.loads(doc, object_pairs_hook=pairs))
    print(json.loads(doc, object_hook=hook))
    print(json.loads(doc, object_hook=hook, object_pairs_hook=pairs))
    for c in calls:
        print(c)
    print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
    print(json.loads('1', parse_int=lambda s: ('i', s)), json.loads('-1.0e3', parse_float=lambda s: ('f', s)))
    print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: ('c', s)))
    print(json.loads('[1.1, 2.20]', parse_float=Decimal), json.loads('[10, -3]', parse_int=float))
    print(json.loads('[1, 2]', parse_int=str), json.loads('[1e5, 7]', parse_float=str, parse_int=str))

    def no_nan(name):
        raise ValueError('no ' + name)
    try:
        json.loads('[1, NaN]', parse_constant=no_nan)
    except ValueError as e:
        print('ValueError:', e)

    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

        def __repr__(self):
            return f'Point({self.x}, {self.y})'

    def as_point(d):
        if set(d) == {'x', 'y'}:
            return Point(d['x'], d['y'])
        return d
    print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))

    class MyDecoder(json.JSONDecoder):
        def __init__(self, **kw):
            kw.setdefault('object_hook', lambda d: {k.upper(): v for k, v in d.items()})
            super().__init__(**kw)
    print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
    print(json.loads('{"a": 1.5}', cls=MyDecoder, parse_float=lambda s: 'F' + s))
    dec = json.JSONDecoder(object_pairs_hook=lambda p: p, parse_int=lambda s: int(s) * 10)
    print(dec.decode('{"k": [1, {"j": 2}]}'), dec.raw_decode('[3] rest'))
    dec = json.JSONDecoder(strict=False)
    print(repr(dec.decode('"line\nbreak\ttab"')), dec.strict)
    keys = json.loads('[{"same": 1}, {"same": 2}]')
    print(keys[0].keys() == keys[1].keys())


for native in (True, False):
    print('--- native' if native else '--- pure python')
    run(load_json(native))

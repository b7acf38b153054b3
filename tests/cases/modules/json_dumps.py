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


# json.dumps / JSONEncoder: options, key conversion, floats, escaping, errors, iterencode pieces.
from collections import OrderedDict
import enum


class Color(enum.IntEnum):
    RED = 1


class Half(float):
    def __repr__(self):
        return 'Half!'


class Num(int):
    def __repr__(self):
        return 'Num!'


class Tag(str):
    pass


class Opaque:
    pass


def run(json):
    data = {'b': 1, 'a': [1, 2, {'c': None, 'd': []}], 'e': {}, 'f': [True, False], 'g': 'x'}
    print(json.dumps(data))
    print(json.dumps(data, indent=2))
    print(json.dumps(data, indent='--', sort_keys=True))
    print(repr(json.dumps([1, {}], indent=0)), repr(json.dumps([1, [2]], indent=-1)))
    print(json.dumps(data, separators=(',', ':')), json.dumps([1, 2], separators=[';', '=']))
    print(json.dumps({'a': [1]}, indent=1, separators=(' ,', ' : ')))
    print(json.dumps({2: 'a', 1.5: 'b', True: 'c', False: 'd', None: 'e', -7: 'f'}))
    print(json.dumps({2: 'a', 1: 'b', 10: 'c'}, sort_keys=True))
    print(json.dumps({float('nan'): 1, float('inf'): 2, -float('inf'): 3, 1e20: 4, 0.1: 5}))
    print(json.dumps({(1, 2): 'a', 'k': 1, frozenset(): 2}, skipkeys=True))
    print(json.dumps([1.0, 0.1, 1e-7, 1e16, 1e22, -0.0, 3.141592653589793, 2.5e-300, 1.7976931348623157e308]))
    print(json.dumps([2 ** 70, -2 ** 65, 0, True, None, float('nan'), float('inf'), -float('inf')]))
    print(json.dumps([Color.RED, Half(2.5), Num(5), Tag('tag'), {Color.RED: 1, Half(0.5): 2, Num(3): 3}]))
    print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps((1, (2, [3]))), json.dumps(()))
    print(json.dumps('quote" back\\ slash/ \b\f\n\r\t \x00\x01\x1f \x7f'))
    print(json.dumps('\u00e9 \u2028 \U0001f600 \uffff'))
    print(json.dumps('\u00e9 \u2028 \U0001f600 \x7f \x1f', ensure_ascii=False))
    print(json.dumps({'\u00e9': ['\u65e5\u672c']}, ensure_ascii=False, indent=1))
    print(json.dumps(1), json.dumps('s'), json.dumps(None), json.dumps(2.5), json.dumps(True))
    print(json.dumps({'s': {3, 1, 2}}, default=sorted))
    print(json.dumps([Opaque()], default=lambda o: type(o).__name__))
    print(json.dumps({'k': {3}}, default=sorted, indent=1))
    for bad, kw in [({'s': {1}}, {}), ([Opaque()], {}), (b'x', {}), ({(1, 2): 1}, {}),
                    ({2: 'a', 'x': 'b'}, {'sort_keys': True}), ([1j], {'indent': 2}),
                    ({'a': {1, 2}}, {'default': 1}), ({b'k': 1}, {'indent': 1})]:
        try:
            print(json.dumps(bad, **kw))
        except TypeError as e:
            print('TypeError:', e)
    for bad, kw in [(float('nan'), {}), ([1, float('inf')], {}), ({'k': -float('inf')}, {}),
                    ({float('nan'): 1}, {}), ([float('nan')], {'indent': 1})]:
        try:
            print(json.dumps(bad, allow_nan=False, **kw))
        except ValueError as e:
            print('ValueError:', e)
    loop = []
    loop.append(loop)
    cyc = {}
    cyc['x'] = [cyc]
    for obj, kw in [(loop, {}), (cyc, {}), (loop, {'indent': 2}), (cyc, {'sort_keys': True})]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print('ValueError:', e)

    class Self:
        pass
    s = Self()
    try:
        json.dumps([s], default=lambda o: o)
    except ValueError as e:
        print('ValueError:', e)
    shared = [1]
    print(json.dumps([shared, shared, {'a': shared}]))

    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, complex):
                return {'re': o.real, 'im': o.imag}
            return super().default(o)
    print(json.dumps({'z': 1 + 2j}, cls=Enc), Enc(indent=1).encode([1j]))
    enc = json.JSONEncoder(indent=1, sort_keys=True)
    print(enc.indent, repr(enc.item_separator), repr(enc.key_separator), enc.skipkeys,
          enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys)
    print(repr(json.JSONEncoder.item_separator), repr(json.JSONEncoder.key_separator))
    print(list(enc.iterencode({'a': [1, 2], 'b': {}, 'c': [[], {'d': 'e'}]})))
    print(list(json.JSONEncoder().iterencode({'a': [1, {'x': None}], 'b': 'q'})))
    print(list(json.JSONEncoder().iterencode([[1], 2, 'three', [], {}])))
    print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(5)))
    print(json.JSONEncoder().encode('\u00e9'), json.JSONEncoder(ensure_ascii=False).encode('\u00e9'))
    try:
        json.JSONEncoder().default(3)
    except TypeError as e:
        print('TypeError:', e)
    print(json.encoder.encode_basestring('a"\n\u00e9'), json.encoder.encode_basestring_ascii('\u00e9\x00\U0001f600'))
    print(json.encoder.py_encode_basestring('a"\n\u00e9'), json.encoder.py_encode_basestring_ascii('\u00e9\x00\U0001f600'))
    print(len(json.encoder.ESCAPE_DCT), json.encoder.ESCAPE_DCT['\n'], json.encoder.ESCAPE_DCT['\x01'], json.encoder.INFINITY)
    import io
    buf = io.StringIO()
    json.dump({'a': [1, 'two', None]}, buf, indent=1)
    print(buf.getvalue())

    class Pieces:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)
    p = Pieces()
    json.dump([1, {'k': 'v'}, [2.5]], p)
    print(p.parts)
    p = Pieces()
    json.dump('only', p)
    print(p.parts)

    class Items(dict):
        def items(self):
            return [('z', 9)]
    print(json.dumps(Items(a=1)), json.dumps(Items(a=1), indent=1), json.dumps({'a': [1]}, indent=''))
    print(json.dumps(Tag('x')), json.dumps({Tag('k'): Tag('v')}), json.dumps({'a': 1}, separators=(',', ':'), indent=1))
    try:
        json.dumps([1], indent=2.5)
    except TypeError as e:
        print('TypeError:', e)
    print(json.dumps({'b': 1, 'a': 2}, skipkeys=True, indent=2), json.dumps({(1,): 2}, skipkeys=True, indent=2))


for native in (True, False):
    print('--- native' if native else '--- pure python')
    run(load_json(native))

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


# json: JSONDecodeError messages, positions (pos, lineno, colno) and other error types.

BAD = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[', '[1', '[1,', '[1,]',
       '[,', '"abc', '"a\x01"', '"\x00"', '"\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"',
       '1 2', 'tru', 'nul', 'nulll', '-', '-a', '01', '-01', '1.', '1.e5', '1e', '1e+', '{1:2}',
       '{"a" 1}', '[1 2]', '{"a":1 "b":2}', '\n\n  [1,\n x]', '-NaN', '-Inf', '[1,2',
       '{"a":1,"b"}', '"\\u"', '"abc\\', '\ufeff1', '"\\u12', '"\\u123', '"\\u1234',
       '"\\ud800\\u', '"\\ud800\\udc', '"\\ud800\\udc00', '"\\ud800\\', '"\\ud800\\x"',
       '"\\ud800\\udc0"', '[1, "a\\qb"]', '"\\U1234"', '"\\u0x12"', '"\\uABCD"',
       '+1', '.5', '\x0b1', '1\x0c', '{"a": [1, {"b": }]}', "{'a': 1}", 'true false',
       '[1]\n\n  x', '{\n  "a": 1\n  "b": 2\n}', '"tab\there"', '\u00e9', '[1, 2, 3,, 4]',
       '{"a":1}}', '[1]]', '{"\\u00e9": x}', '1_000', '١']


def run(json):
    for bad in BAD:
        try:
            r = json.loads(bad)
            print(repr(bad), 'OK', repr(r))
        except json.JSONDecodeError as e:
            print(repr(bad), '->', str(e), '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == bad)
    d = json.JSONDecoder()
    for args in [('  [1] xx',), ('[1]', 5), ('[1]', 3), ('', 0)]:
        try:
            print(d.raw_decode(*args))
        except json.JSONDecodeError as e:
            print(type(e).__name__, e)
    e = json.JSONDecodeError('m', 'ab\ncd', 4)
    print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)
    cls, args = e.__reduce__()
    print(cls.__name__, args, str(cls(*args)))
    print(type(e).__mro__[:3], isinstance(e, ValueError))
    for x in [5, None, [1], 3.5, {'a': 1}]:
        try:
            json.loads(x)
        except TypeError as err:
            print('TypeError:', err)
    try:
        json.loads(b'"\xff"')
    except UnicodeDecodeError as err:
        print('UnicodeDecodeError:', err)
    try:
        json.loads('[1]', bogus=1)
    except TypeError as err:
        print('TypeError:', err)
    try:
        json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
    except ZeroDivisionError as err:
        print('ZeroDivisionError:', err)
    try:
        json.loads('[1.5]', parse_float=lambda s: int(s))
    except ValueError as err:
        print('ValueError:', err)
    for args in [('[1]', -1), ('"abc"', 10), ('"abc"', -1), (5, 0)]:
        try:
            print(json.decoder.JSONDecoder().raw_decode(*args))
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)
    for args in [('"abc"', 10), ('"abc"', 6), ('x"abc', 2), ('"a\\u00e9\\', 1)]:
        try:
            print(json.decoder.scanstring(*args))
        except ValueError as err:
            print(type(err).__name__, err)
    for fn in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii):
        for arg in (5, b'x'):
            try:
                fn(arg)
            except TypeError as err:
                print('TypeError', err)
    for doc in ['[' * 5000 + ']' * 5000, '{"a":' * 5000 + '1' + '}' * 5000]:
        try:
            json.loads(doc)
        except RecursionError as err:
            print('RecursionError')
    deep = []
    for _ in range(5000):
        deep = [deep]
    for kw in [{}, {'indent': 1}, {'check_circular': False}]:
        try:
            json.dumps(deep, **kw)
        except RecursionError:
            print('RecursionError')


for native in (True, False):
    print('--- native' if native else '--- pure python')
    run(load_json(native))

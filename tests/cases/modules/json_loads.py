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


# json.loads / JSONDecoder: values, numbers, strings and escapes, whitespace, bytes input,
# raw_decode, scanstring, load.
import io


def run(json):
    text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": "\\u00e9\\n"}, "big": 123456789012345678901234567890}'
    obj = json.loads(text)
    print(obj, type(obj['a'][1]).__name__)
    for doc in ['3', '-0', '-0.0', '1e2', '1E+2', '12.5e-3', '1.5E400', '-1e999', '0.1', '-12',
                '"s"', '[]', '{}', ' null ', 'true', 'false', '[[[]]]', '{"":{}}',
                ' \t\n\r[ 1 , 2 ]\r\n', '  {  "a"  :  [ 1 , 2 ]  }  ', 'NaN', 'Infinity', '-Infinity',
                '[Infinity, -Infinity, NaN]', '{"a": 1, "a": 2}', '{"k": {"k": {"k": []}}}',
                '12345678901234567890123456789012345678901234567890', '1.0000000000000002',
                '5e-324', '2.2250738585072014e-308', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
                '"\\u0041\\u00e9\\u65e5\\ud83d\\ude00"', '"\\uD83D\\uDE00x"', '"\\u12345"',
                '"\x7f\x80\u00ff\u2028"', '"\\u0000"', '["a", "b", "a"]']:
        print(repr(doc), '->', repr(json.loads(doc)))
    print(json.loads('"a\tb\nc"', strict=False) == 'a\tb\nc')
    print(json.loads('{"k\\u00e9y": "v"}'), json.loads('[1, "\\u0020"]'))
    for data in ['[1, "\u00e9"]'.encode(enc) for enc in
                 ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']]:
        print(json.detect_encoding(data), json.loads(data))
    print(json.loads(bytearray(b'{"a": 2}')), json.loads(b'7'), json.loads(b'"\xc3\xa9"'))
    for b in [b'1', b'12', b'\x00\x001', b'', b'\xef\xbb\xbf', b'\xff\xfe', b'\x00\x00\x00{', b'{\x00\x00\x00', b'{\x00', b'\x00{']:
        print(b, json.detect_encoding(b))
    d = json.JSONDecoder()
    print(d.raw_decode('[1] xx'), d.raw_decode('x[1]', 1), d.raw_decode('{"a": 1}tail'), d.raw_decode('"s" "t"', 4))
    print(d.decode('  [1, 2]  '), d.memo, d.strict, d.parse_float is float, d.parse_int is int,
          d.parse_constant('NaN'), d.object_hook, d.object_pairs_hook)
    print(d.parse_object is json.decoder.JSONObject, d.parse_array is json.decoder.JSONArray,
          d.parse_string is json.decoder.scanstring)
    print(json.decoder.scanstring('"abc" tail', 1), json.decoder.scanstring('x"\\u00e9\\n"', 2))
    print(json.decoder.scanstring('"a\tb"', 1, False), json.decoder.py_scanstring('"ab\\n"', 1))
    print(json.decoder.JSONObject(('{"a": 1} x', 1), True, d.scan_once, None, None))
    print(json.decoder.JSONArray(('[1, [2]] x', 1), d.scan_once))
    print(json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf, repr(json.decoder.WHITESPACE_STR))
    print(json.load(io.StringIO('{"from": "file"}')), json.load(io.BytesIO(b'[1, 2]')))
    print(json.__all__, json.__version__, json.decoder.__all__, json.scanner.__all__)
    print(json.JSONDecodeError.__module__, json.JSONDecoder.__module__, json.JSONEncoder.__module__)
    print(json.loads('[' * 50 + ']' * 50) == [[]] and 'nested ok')
    print(json.loads('[1.5, 2]', parse_float=None), json.loads('{"a": 1}', object_hook=None))

    class S(str):
        pass
    print(json.loads(S('[1, "a"]')))
    for arg in [b'[1]', 5, None, bytearray(b'1')]:
        for f in (d.decode, d.raw_decode):
            try:
                print(f(arg))
            except TypeError as e:
                print('TypeError', e)
    print(d.scan_once('[1, 2] x', 0), d.scan_once('x "s"', 2))
    for doc in ['[1, ]', 'x', '[1, "a\\x"]', '{"a": }']:
        try:
            print(d.scan_once(doc, 0))
        except StopIteration as e:
            print('StopIteration', e.value)
        except json.JSONDecodeError as e:
            print('JSONDecodeError', e)


for native in (True, False):
    print('--- native' if native else '--- pure python')
    run(load_json(native))

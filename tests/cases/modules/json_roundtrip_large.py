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


# json: encode and decode a large generated document (a few hundred KB) in every layout,
# checking the round trip and the exact text through a checksum.

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


WORDS = ['alpha', 'beta', 'gamma', 'd\u00e9lta', '\u65e5\u672c', 'quote"d', 'back\\slash',
         'new\nline', 'tab\t', '\U0001f600', '', 'ctl\x01', 'z' * 40]


def make(depth):
    kind = rnd(10) if depth < 5 else rnd(6)
    if kind == 0:
        return rnd(1000000) - 500000
    if kind == 1:
        return (rnd(2000000) - 1000000) / (rnd(999) + 1)
    if kind == 2:
        return WORDS[rnd(len(WORDS))]
    if kind == 3:
        return [None, True, False][rnd(3)]
    if kind == 4:
        return 10 ** rnd(40) * (rnd(3) - 1)
    if kind == 5:
        return rnd(7) * 1e300 * 1e10 if rnd(50) == 0 else rnd(100) / 7
    if kind in (6, 7):
        return [make(depth + 1) for _ in range(rnd(8))]
    return {WORDS[rnd(len(WORDS))] + str(rnd(100)): make(depth + 1) for _ in range(rnd(8))}


def checksum(text):
    import zlib
    return zlib.crc32(text.encode('utf-8'))


def run(json):
    state[0] = 12345
    data = [make(0) for _ in range(300)]
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False},
               {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True, 'ensure_ascii': False}]:
        text = json.dumps(data, **kw)
        back = json.loads(text)
        print(sorted(kw), len(text), checksum(text), json.dumps(back, **kw) == text)
    text = json.dumps(data)
    print(json.loads(text.encode('utf-8')) == json.loads(text), json.loads(text.encode('utf-16')) == json.loads(text))
    pieces = list(json.JSONEncoder(indent=1).iterencode(data))
    print(len(pieces), checksum(''.join(pieces)))


for native in (True, False):
    print('--- native' if native else '--- pure python')
    run(load_json(native))

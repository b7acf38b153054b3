"""Generates strfuncs_cases.txt for strfuncs.rs: run with CPython 3.11.

Every field is hex-encoded UTF-8 (or raw bytes for the b_ operations); a list is its items,
each followed by ','; booleans are T/F; errors are E:<message>.
"""
import os, random

rng = random.Random(5)
HERE = os.path.dirname(os.path.abspath(__file__))

pieces = ['a', 'b', 'Z', ' ', '  ', '\t', '\n', '\r\n', '\r', '\x0b', '\x0c', '\x1c', '\x85', '\u2028',
          '\xa0', '\u3000', 'Σ', 'σ', 'ς', 'Α', 'ß', 'ǅ', 'ǆ', 'İ', 'ﬁ', '\u0301', "'", '"', '\\',
          '\x00', '\x7f', '\xad', '\u200b', '😀', '\U000e0001', 'x', 'hello', 'World', '_', '1', '٣',
          '²', '½', 'ǈ', 'ᾳ', 'ŉ', 'ΐ', '.', ',', '-', '+', 'ab', 'Ω', 'Ꭰ', 'ꭰ', '\u10fff', '中',
          '\ue000', '\U00010400', '\U00010428']

def rand_str(maxlen=8):
    return ''.join(rng.choice(pieces) for _ in range(rng.randint(0, maxlen)))

def rand_bytes(maxlen=10):
    alphabet = [b'a', b'B', b' ', b'\t', b'\n', b'\r', b'\r\n', b'\x0b', b'\x1c', b'\x00', b'\xff', b'\x80',
                b"'", b'"', b'\\', b'ab', b'Cd', b'1', b'-', b'+', b'\x7f']
    return b''.join(rng.choice(alphabet) for _ in range(rng.randint(0, maxlen)))

def enc(v):
    if isinstance(v, bool):
        return 'T' if v else 'F'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return v.encode('utf-8', 'surrogatepass').hex()
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return ''.join(enc(x) + ',' for x in v)
    if v is None:
        return 'N'
    raise TypeError(v)

out = []
def case(op, fn, *args):
    try:
        res = enc(fn())
    except Exception as e:
        res = 'E:' + str(e)
    out.append('\t'.join([op] + [enc(a) for a in args] + [res]))

def rand_index():
    return rng.choice([None, None, 0, 1, 2, -1, -3, 5, 100, -100])

for _ in range(600):
    s = rand_str()
    for name in ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold', 'isalpha', 'isalnum',
                 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isidentifier',
                 'islower', 'isupper', 'istitle']:
        if rng.random() < 0.5:
            case(name, getattr(s, name), s)
    case('repr', lambda: repr(s), s)
    if rng.random() < 0.3:
        case('ascii', lambda: ascii(s), s)
    m = rng.choice([-1, 0, 1, 2])
    case('split_ws', lambda: s.split(None, m), s, m)
    case('rsplit_ws', lambda: s.rsplit(None, m), s, m)
    sep = rng.choice(['a', 'ab', ' ', 'Σ', '', '\r\n', 'x'])
    case('split_sep', lambda: s.split(sep, m), s, sep, m)
    case('rsplit_sep', lambda: s.rsplit(sep, m), s, sep, m)
    k = rng.random() < 0.5
    case('splitlines', lambda: s.splitlines(k), s, k)
    t = rng.choice([-1, 0, 1, 4, 8])
    case('expandtabs', lambda: s.expandtabs(t), s, t)
    w = rng.randint(0, 14)
    f = rng.choice([' ', '*', 'é'])
    case('center', lambda: s.center(w, f), s, w, f)
    case('ljust', lambda: s.ljust(w, f), s, w, f)
    case('rjust', lambda: s.rjust(w, f), s, w, f)
    case('zfill', lambda: s.zfill(w), s, w)
    sub = rng.choice(['a', '', 'b', 'Σ', '😀', ' ', 'ab', s[:2], s[1:3]])
    st, en = rand_index(), rand_index()
    case('find', lambda: s.find(sub, st, en), s, sub, st, en)
    case('rfind', lambda: s.rfind(sub, st, en), s, sub, st, en)
    case('count', lambda: s.count(sub, st, en), s, sub, st, en)
    c = rng.choice([-1, 0, 1, 2])
    new = rng.choice(['', '-', 'XY'])
    case('replace', lambda: s.replace(sub, new, c), s, sub, new, c)
    case('partition', lambda: s.partition(sep), s, sep)
    case('rpartition', lambda: s.rpartition(sep), s, sep)
    chars = rng.choice([None, 'a', 'ab ', 'Σσ'])
    case('strip', lambda: s.strip(chars), s, chars)
    case('lstrip', lambda: s.lstrip(chars), s, chars)
    case('rstrip', lambda: s.rstrip(chars), s, chars)

for _ in range(400):
    b = rand_bytes()
    for name in ['swapcase', 'title', 'capitalize', 'isalpha', 'isalnum', 'isdigit', 'isspace',
                 'islower', 'isupper', 'istitle']:
        if rng.random() < 0.5:
            case('b_' + name, getattr(b, name), b)
    case('b_repr', lambda: repr(b), b)
    m = rng.choice([-1, 0, 1, 2])
    case('b_split_ws', lambda: b.split(None, m), b, m)
    case('b_rsplit_ws', lambda: b.rsplit(None, m), b, m)
    sep = rng.choice([b'a', b'ab', b' ', b'', b'\r\n'])
    case('b_split_sep', lambda: b.split(sep, m), b, sep, m)
    case('b_rsplit_sep', lambda: b.rsplit(sep, m), b, sep, m)
    k = rng.random() < 0.5
    case('b_splitlines', lambda: b.splitlines(k), b, k)
    t = rng.choice([-1, 0, 1, 4, 8])
    case('b_expandtabs', lambda: b.expandtabs(t), b, t)
    w = rng.randint(0, 14)
    case('b_center', lambda: b.center(w, b'*'), b, w)
    case('b_zfill', lambda: b.zfill(w), b, w)
    sub = rng.choice([b'a', b'', b'B', b' ', b'ab', b[:2]])
    st, en = rand_index(), rand_index()
    case('b_find', lambda: b.find(sub, st, en), b, sub, st, en)
    case('b_rfind', lambda: b.rfind(sub, st, en), b, sub, st, en)
    case('b_count', lambda: b.count(sub, st, en), b, sub, st, en)
    c = rng.choice([-1, 0, 1, 2])
    case('b_replace', lambda: b.replace(sub, b'-', c), b, sub, c)
    chars = rng.choice([None, b'a', b'ab '])
    case('b_strip', lambda: b.strip(chars), b, chars)

with open(os.path.join(HERE, 'strfuncs_cases.txt'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))

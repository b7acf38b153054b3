"""Generates percent_cases.txt for percent.rs: run with CPython 3.11.

Lines: `hex(utf8 format)<TAB>args<TAB>result`, args as `i:int`, `f:float bits`, `s:hex(utf8)`
joined by `,`; result hex(utf8) or `Error: message`.
"""
import os, random, struct

rng = random.Random(3)
HERE = os.path.dirname(os.path.abspath(__file__))

def enc_arg(v):
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    return 's:' + v.encode().hex()

out = []
def case(fmt, args):
    try:
        r = (fmt % args).encode().hex()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    out.append('%s\t%s\t%s' % (fmt.encode().hex(), ','.join(enc_arg(a) for a in args), r))

fixed = [('%5%', ()), ('%5%', (1,)), ('%y', ()), ('%y', (1,)), ('ab%y', (1,)), ('%d %', ()), ('%d %', (1,)),
         ('%*', (5,)), ('%*', ()), ('%(a', (1,)), ('%(a)s', (1,)), ('%*d', ('x', 1)), ('%.*d', (1.5, 1)),
         ('%s', (1, 2)), ('%\u20ac', (1,)), ('%\x1f', (1,)), ('%\x7f', (1,)), ('%ld', (5,)), ('%hi', (5,)),
         ('%Lf', (5.0,)), ('%l', (5,)), ('%', ()), ('%%', ()), ('%%%', ()), ('100%%', ()), ('%.', (1,)),
         ('%c', ('ab',)), ('%c', (0x110000,)), ('%c', (-1,)), ('%c', (2**70,)), ('%c', (0x1F600,)),
         ('%d', (3.7,)), ('%d', (-3.7,)), ('%x', (3.7,)), ('%d', ('a',)), ('%f', ('a',)), ('%e', (2**2000,)),
         ('%99999999999999999999d', (1,)), ('%.99999999999d', (1,)), ('%0*d', (5, 3)), ('%-*d|', (-5, 3)),
         ('%*d|', (-5, 3)), ('%.*f', (-2, 3.14159)), ('%.*s', (2, 'abc')), ('%*.*s|', (6, 2, 'abc')),
         ('a%sb%rc%ad', ('é', 'é', 'é')), ('%s', ('',)), ('', ()), ('', (1,)), ('%(', ()), ('%-', (1,))]
for fmt, args in fixed:
    case(fmt, args)

flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+#', '#-0', '+ ']
widths = ['', '1', '5', '12']
precs = ['', '.', '.0', '.1', '.3', '.10']
ints = [0, 1, -1, 42, -42, 255, 2**64, -(2**70), 7]
floats = [0.0, -0.0, 2.25, -12345.678, 1e-5, 1e16, float('inf'), float('-inf'), float('nan'), 0.1, 123456.0, 1e300]
strs = ['', 'a', 'abc', 'héllo', '日本']
for _ in range(4000):
    conv = rng.choice('diuoxXeEfFgGsrac')
    spec = '%' + rng.choice(flagsets) + rng.choice(widths) + rng.choice(precs) + conv
    if conv in 'diuoxX':
        arg = rng.choice(ints + [1.5, -2.75])
    elif conv in 'eEfFgG':
        arg = rng.choice(floats + [3, -10**20])
    elif conv == 'c':
        arg = rng.choice([65, 0xe9, 0x1F600, 'x', 'é'])
    else:
        arg = rng.choice(strs + [42, 2.5])
    fmt = rng.choice(['', 'x', '[']) + spec + rng.choice(['', '|', '%%'])
    case(fmt, (arg,))

with open(os.path.join(HERE, 'percent_cases.txt'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))

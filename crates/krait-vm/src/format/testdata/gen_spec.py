"""Generates spec_cases.txt for spec.rs: run with CPython 3.11."""
import os, random, struct

rng = random.Random(99)
HERE = os.path.dirname(os.path.abspath(__file__))

def hexbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

ints = [0, 1, -1, 7, 65, 255, 1234, -1234567, 2**64, -(2**100), 10**20 + 1, 0x10FFFF, 0x110000, 12345678901234567890]
floats = [0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, float('inf'), float('-inf'), float('nan'), 123456789.123,
          0.000123, 1e300, 2.5, -0.0001, 1234.0, 100.0]
complexes = [0j, 1 + 2j, complex(-1.5, -0.0), complex(0.0, -1), complex(-0.0, 2), 1e20 + 1e-20j,
             complex(float('inf'), float('nan')), complex(1234.5, -98765.25)]
strs = ['', 'a', 'hello', 'héllo wörld', '日本語']

parts = dict(
    fill=['', '', '', '*', '0', 'é', '<'],
    align=['', '', '<', '>', '^', '='],
    sign=['', '', '+', '-', ' '],
    z=['', '', '', 'z'],
    alt=['', '', '#'],
    zero=['', '', '0'],
    width=['', '', '1', '5', '12', '20'],
    grouping=['', '', ',', '_'],
    precision=['', '', '.0', '.1', '.3', '.10'],
)
int_types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 's']
float_types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 's']
str_types = ['', 's', 'd', 'r']

def random_spec(types):
    fill = rng.choice(parts['fill'])
    align = rng.choice(parts['align'])
    if fill and not align:
        align = '<'
    return (fill + align + rng.choice(parts['sign']) + rng.choice(parts['z']) + rng.choice(parts['alt'])
            + rng.choice(parts['zero']) + rng.choice(parts['width']) + rng.choice(parts['grouping'])
            + rng.choice(parts['precision']) + rng.choice(types))

def run(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

out = []
fixed = ['abc', 'xx<', '.', '..2', ',_', '_,', ',,', '__', '99999999999999999999', '.99999999999999999999',
         '\x01', 'é', ',é', '٣', '>٣', '.١٢f', 'zd', '=+z#012,.3g', '0=10,', '09,', '08,', '05', '0<5',
         'x<05', '+c', '#c', ',c', '_x', '_b', '#_o', ',x', '_n', ',n', 'n', '=^10', '^', '<>', '=', '+',
         ' ', '#', 'z', '10.3', 's', ',s', '_s', ',d', '_d', '#.0e', '#.0f', '#.0%', '#g', '#.3', '.3',
         '#x', '#X', '#b', '#o', '-#012x', ' #012_x', '+#020_b', '0', '00', '000', '0010', '*<5', '*^6',
         '*>7', '*=8', '\x00<5', '.0', '.2%', ',%', '_%', 'z.0f', 'z.2f', 'z%', '+z.1e', ' ,', '+,',
         '010,', ',.2f', '_.2f', '012_.2f', '0=15,.3f', '10,', '3', '020,', '021,', '022,', '023,']
values = [('int', str(v), v) for v in ints] + [('bool', str(b), b) for b in (True, False)] + \
         [('float', hexbits(v), v) for v in floats] + \
         [('complex', hexbits(v.real) + ':' + hexbits(v.imag), v) for v in complexes] + \
         [('str', s, s) for s in strs]
for kind, enc, v in values:
    types = {'int': int_types, 'bool': int_types, 'float': float_types, 'complex': float_types, 'str': str_types}[kind]
    specs = fixed + [random_spec(types) for _ in range(150)]
    for spec in specs:
        out.append('%s\t%s\t%s\t%s' % (kind, enc, spec, run(v, spec)))
with open(os.path.join(HERE, 'spec_cases.txt'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))

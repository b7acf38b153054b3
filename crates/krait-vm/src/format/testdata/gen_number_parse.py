"""Generates number_parse_cases.txt for number_parse.rs: run with CPython 3.11.

Lines: `int<TAB>hex(utf8 input)<TAB>base<TAB>result` or `float<TAB>hex(input)<TAB>result`, with
results as decimal / float.hex() / `ValueError: message`.
"""
import os, random, sys

sys.set_int_max_str_digits(4300)
rng = random.Random(11)
HERE = os.path.dirname(os.path.abspath(__file__))
out = []

def err(e):
    return '%s: %s' % (type(e).__name__, e)

int_inputs = ['abc', '012', '00', '0_0', '0x', '0x_1', '0x__1', '_1', '1_', '1__2', ' \u3000 12 \n', '١٢',
              '12', 'z', 'Z', '0b102', '0B11', '0o17', '+-1', '- 1', '', '  ', 
              'x' * 300, 'é' * 300, '0_7', '07', '1\x00', '²', '00x1', '0x1', '-0', '+0_0',
              '0b', '0b_', '0o_7', '1 2', '\t-42\x0c', '٣٣_٣',
              '0X1F', '0xAbC', '0o8', '08', '0_0_0', '1_2_3', '-_1', '𝟙𝟚', '\x1c5\x1f', '\x855\u2028']
pieces = list('0123456789abcdefxXoObB_+- ') + ['٣', 'é', '\t']
for _ in range(700):
    int_inputs.append(''.join(rng.choice(pieces) for _ in range(rng.randint(0, 7))))
for s in int_inputs:
    for base in [0, 2, 8, 10, 16, 36, 1, 37, 3, 7]:
        if base not in (0, 10, 16) and rng.random() < 0.6:
            continue
        try:
            r = str(int(s, base))
        except Exception as e:
            r = err(e)
        out.append('int\t%s\t%d\t%s' % (s.encode().hex(), base, r))

float_inputs = ['1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1_e5', 'in_f', ' 1.5 ', '1e', '.', '.5',
                '5.', '-inf', '+Infinity', 'nAn', '-nan', '1e500', '-1e-500', '0x10', '١.٥', '1,5', '\xa01\xa0',
                '1_000.000_1', '1e1_0', 'infinity ', 'nan(1)', '', '   ', '1\x00', '+.5e-3', '-0', '1e+', 'e5',
                '0.1', '2.5e-324', '1.7976931348623159e308', '123456789012345678901234567890', '+-1', 'infi',
                '1.e5', '.e5', '1E5', '  -3.25\n', '\u2003 7 \u2003', '𝟙.5', '1.5_', '0_0.0_0e0_0']
fpieces = list('0123456789.eE_+- ') + ['in', 'f', 'nan', '١']
for _ in range(700):
    float_inputs.append(''.join(rng.choice(fpieces) for _ in range(rng.randint(0, 8))))
for s in float_inputs:
    try:
        v = float(s)
        r = 'nan' if v != v else v.hex()
    except Exception as e:
        r = err(e)
    out.append('float\t%s\t%s' % (s.encode().hex(), r))

for _ in range(300):
    v = rng.getrandbits(rng.randint(0, 300)) * rng.choice([1, -1])
    base = rng.choice([2, 8, 10, 16, 36, 7])
    digs = '0123456789abcdefghijklmnopqrstuvwxyz'
    n, s = abs(v), ''
    while n:
        n, d = divmod(n, base)
        s = digs[d] + s
    s = ('-' if v < 0 else '') + (s or '0')
    out.append('tostr\t%d\t%d\t%s' % (v, base, s))

with open(os.path.join(HERE, 'number_parse_cases.txt'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))

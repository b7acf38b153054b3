"""Generates float_cases.txt for float_repr.rs: run with CPython 3.11."""
import random, struct, math

rng = random.Random(1234)
out = []

def hexbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def err(e):
    return '%s: %s' % (type(e).__name__, e)

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 100.0, 1e16, 1e15, 9999999999999998.0,
          1e17, 1e-4, 1e-5, 0.0001, 0.00012345, 123456789.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.3, 2/3, 1/3, 1e100,
          123.456, 0.125, 0.375, 1e-7, 9.5, 0.05, 0.005, 0.0005, 999.9999, 9.999999e15, 12345.6789e10,
          2.0**53, 2.0**53 + 2, 4.35, 0.045, 1e300, -1e-300]
for e in range(-30, 30):
    values.append(10.0 ** e)
    values.append(1.2345678901234567 * 10.0 ** e)
for _ in range(400):
    bits = rng.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(x):
        continue
    values.append(x)
for _ in range(300):
    values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)) * 10.0 ** rng.randint(-20, 20))

values = [float(v) for v in values]
for x in values:
    out.append('repr\t%s\t%s' % (hexbits(x), repr(x)))
    out.append('hex\t%s\t%s' % (hexbits(x), x.hex()))
    try:
        n, d = x.as_integer_ratio()
        out.append('ratio\t%s\t%d/%d' % (hexbits(x), n, d))
    except Exception as e:
        out.append('ratio\t%s\t%s' % (hexbits(x), err(e)))

fmt_values = values[:120] + rng.sample(values[120:], 150)
for x in fmt_values:
    for ty in 'eEfFgG%':
        for prec in [0, 1, 2, 3, 5, 6, 10, 17, 20] + ([40, 120] if rng.random() < 0.1 else []):
            for alt in (0, 1):
                if rng.random() < 0.8:
                    continue
                spec = '%s.%d%s' % ('#' if alt else '', prec, ty)
                if ty == '%':
                    got = format(x, spec)
                else:
                    got = ('%' + spec) % x
                out.append('fmt\t%s\t%s\t%d\t%d\t%s' % (hexbits(x), ty, prec, alt, got))
    for prec in [None, 0, 1, 2, 3, 6, 16, 17]:
        for alt in (0, 1):
            spec = ('#' if alt else '') + ('' if prec is None else '.%d' % prec)
            out.append('none\t%s\t%s\t%d\t%s' % (hexbits(x), '-' if prec is None else prec, alt, format(x, spec)))

hex_inputs = ['.8', '1.', '0x.p1', '0x1p', '0x1p+', '  0x1p3  ', '0x', 'x1', '1p-1075', '1p-1074',
              '0x1.8p-1075', '0x1.0000000000000fp0', '0x1.00000000000008p0', '0x1.00000000000018p0',
              '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023',
              'inf', '-Infinity', 'iNf', 'infinit', '+nan', '0x1.p1', '0X1P1', '1_0', '1e3',
              '0x1p99999999999999999999999999', '0x0p99999999999999999999999999', '-0x0p0',
              '0x1p-99999999999999999999999', '0x1.8', '0x.0000000000001p-1022', '0x0.0000000000001p-1023',
              '', ' ', '-', '0x-1', '--1', '1p1.5', '0x1p+-1', '1.2.3', '0x0.00000000000000000001p80',
              '0x000000000000000000001.0p0', '0x1.fffffffffffffp-1023', '0x1.ffffffffffffffp-1023',
              '0x1.0000000000001p-1074', '0x3p-1076', '0x1p-1022', '0xfffffffffffff8p-1075',
              '0xfffffffffffff7p-1075', '0xfffffffffffffcp-1075', 'ff', 'FFp-4', '\t-0X1.aP+3\n',
              '0x1p-1074', '0x1.1p-1074', '0x0.8p-1074', '0x0.8000001p-1074', 'nan ', ' -inf']
for _ in range(300):
    bits = rng.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    h = x.hex()
    if rng.random() < 0.5 and 'x' in h:
        # Perturb: extra digits to exercise rounding.
        m, e = h.split('p')
        h = m + ''.join(rng.choice('0123456789abcdef8') for _ in range(rng.randint(1, 5))) + 'p' + e
    hex_inputs.append(h)
for _ in range(100):
    hex_inputs.append('0x%xp%d' % (rng.getrandbits(rng.randint(1, 80)), rng.randint(-1200, 1100)))
for s in hex_inputs:
    try:
        v = float.fromhex(s)
        res = 'nan' if math.isnan(v) else hexbits(v)
    except Exception as e:
        res = err(e)
    out.append('fromhex\t%s\t%s' % (s.replace('\t', ' ').replace('\n', ' '), res) if '\t' not in s and '\n' not in s else 'fromhex\t%s\t%s' % (s.strip(), res))

with open(__file__.replace('gen_float.py', 'float_cases.txt'), 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'cases')

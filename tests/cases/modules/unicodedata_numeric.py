# Every code point's decomposition and decimal, digit and numeric values in Unicode 14.0.0,
# one digest each (lone surrogates excluded), plus counts and a few characters in full.
import hashlib
import unicodedata as ud
from itertools import repeat

chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def digest(label, values):
    text = "\n".join(map(str, values))
    print(label, hashlib.sha256(text.encode()).hexdigest()[:32])


decompositions = list(map(ud.decomposition, chars))
digest("decomposition", decompositions)
digest("decimal", map(ud.decimal, chars, repeat(None)))
digest("digit", map(ud.digit, chars, repeat(None)))
numerics = list(map(ud.numeric, chars, repeat(None)))
digest("numeric", numerics)
print(len(decompositions) - decompositions.count(""))
print(len(numerics) - numerics.count(None), sorted(set(numerics) - {None})[:8])
for c in "A\u00e9\u0301\u00bd\u0663\u00b2\u2460\u4e00\uac00\U0001f600\u200f\u0600\u3000\uff21":
    print(ascii(c), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))

# lookup(name(c)) gives c back for every named character, in both databases; the names other
# than the algorithmic ones (Hangul syllables, CJK unified ideographs) also in lower case.
import unicodedata as ud
from itertools import repeat

old = ud.ucd_3_2_0
chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]
pairs = [(n, c) for n, c in zip(map(ud.name, chars, repeat(None)), chars) if n is not None]
print(len(pairs))
print("mismatches", [n for n, c in pairs if ud.lookup(n) != c][:5])
plain = [(n, c) for n, c in pairs if not n.startswith(("CJK UNIFIED", "HANGUL SYLLABLE"))]
print("lower case", len(plain), [n for n, c in plain if ud.lookup(n.lower()) != c][:5])
old_pairs = [(n, c) for n, c in plain if old.name(c, None) == n]
print("3.2", len(old_pairs), [n for n, c in old_pairs if old.lookup(n) != c][:5])
gone = [n for n, c in plain if old.name(c, None) is None]
print("not in 3.2", len(gone))
missing = 0
for n in gone[::50]:
    try:
        old.lookup(n)
    except KeyError:
        missing += 1
print(missing, len(gone[::50]))

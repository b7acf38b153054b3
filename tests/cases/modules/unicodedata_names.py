# Every code point's name in both databases, as digests, and counts.
import hashlib
import unicodedata as ud
from itertools import repeat

chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def digest(label, values):
    text = "\n".join(map(str, values))
    print(label, hashlib.sha256(text.encode()).hexdigest()[:32])


names = list(map(ud.name, chars, repeat(None)))
digest("14.0 names", names)
old_names = list(map(ud.ucd_3_2_0.name, chars, repeat(None)))
digest("3.2 names", old_names)
named = [n for n in names if n is not None]
print(len(named), max(map(len, named)), len(old_names) - old_names.count(None))
print(sum(1 for n in named if n.startswith("CJK UNIFIED IDEOGRAPH-")),
      sum(1 for n in named if n.startswith("HANGUL SYLLABLE ")))
print(sum(1 for n in named if "-" in n), sorted(named, key=len)[-1])

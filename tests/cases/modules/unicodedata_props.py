# Every code point's category, bidirectional class, combining class, east asian width and
# mirrored property in Unicode 14.0.0, one digest each (lone surrogates excluded: a str cannot
# hold them in every implementation), plus the category counts.
import hashlib
import unicodedata as ud
from itertools import repeat

chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def digest(label, values):
    text = "\n".join(map(str, values))
    print(label, hashlib.sha256(text.encode()).hexdigest()[:32])


print(len(chars), ud.unidata_version)
categories = list(map(ud.category, chars))
digest("category", categories)
digest("bidirectional", map(ud.bidirectional, chars))
digest("combining", map(ud.combining, chars))
digest("east_asian_width", map(ud.east_asian_width, chars))
mirrored = list(map(ud.mirrored, chars))
digest("mirrored", mirrored)
cats = {}
for c in categories:
    cats[c] = cats.get(c, 0) + 1
print(sorted(cats.items()))
print(sum(mirrored))

# Every code point's category, bidirectional class, combining class, east asian width and
# mirrored property in ucd_3_2_0 (Unicode 3.2.0), one digest each.
import hashlib
import unicodedata as ud
from itertools import repeat

chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def digest(label, values):
    text = "\n".join(map(str, values))
    print(label, hashlib.sha256(text.encode()).hexdigest()[:32])


old = ud.ucd_3_2_0
print(type(old).__name__, type(old).__module__, old.unidata_version)
categories = list(map(old.category, chars))
digest("category", categories)
digest("bidirectional", map(old.bidirectional, chars))
digest("combining", map(old.combining, chars))
digest("east_asian_width", map(old.east_asian_width, chars))
digest("mirrored", map(old.mirrored, chars))
print(len(categories) - categories.count("Cn"))

# lookup (names, algorithmic names, aliases, named sequences), name, and the errors of every
# function, in both databases.
import unicodedata as ud

old = ud.ucd_3_2_0


def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", ascii(r))


print(ud.unidata_version, old.unidata_version, ud.UCD.__name__, ud.UCD.__module__)
print(type(old) is ud.UCD, isinstance(old, ud.UCD))
for name in ["LATIN SMALL LETTER A", "latin small letter a", "LaTiN sMaLl LeTtEr A", "EM DASH",
             "SNOWMAN", "GRINNING FACE", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGAG",
             "HANGUL SYLLABLE A", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE KIH",
             "hangul syllable gag", "HANGUL SYLLABLE ", "HANGUL SYLLABLE", "HANGUL SYLLABLE GX",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
             "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
             "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-2A6DF",
             "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-9FA6",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
             "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
             "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001",
             "LATIN SMALL LETTER GHA", "latin capital letter gha", "NULL", "BYTE ORDER MARK",
             "LINE FEED", "LF", "KANNADA LETTER LLLA",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE KSSAA",
             "latin small letter i with macron and grave", "KEYCAP NUMBER SIGN",
             "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS",
             "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN SMALL LETTER A\x00",
             "NO SUCH NAME", "", "\u00e9", "x" * 256, "x" * 257, "\u00e9" * 128, "\u00e9" * 129]:
    print(ascii(name[:60]))
    t(ud.lookup, name)
    t(old.lookup, name)
t(ud.lookup, b"LATIN SMALL LETTER B")
t(ud.lookup, b"snowman")
t(ud.lookup, b"\xff\xfeabc")
t(ud.lookup, b"x" * 257)
t(ud.lookup, bytearray(b"SNOWMAN"))
t(ud.lookup, memoryview(b"SNOWMAN"))
t(ud.lookup, 1)
t(ud.lookup, None)
t(ud.lookup)
t(ud.lookup, "A", "B")
t(ud.lookup, name="SNOWMAN")
t(old.lookup)

for c in ["A", "\x00", "\x1f", " ", "\u00e9", "\uac00", "\ud7a3", "\u4e00", "\u9fa6", "\u3400",
          "\U00020000", "\U0002a6df", "\U00017000", "\U00018b00", "\U0001b170", "\uf900",
          "\U0002f800", "\U000e0100", "\U000f0000", "\ufdd0", "\U0001f600", "\u2800", "\u2fff"]:
    print(ascii(c))
    t(ud.name, c)
    t(old.name, c)
    t(ud.name, c, "dflt")
    t(old.name, c, None)

for f in ("category", "bidirectional", "combining", "mirrored", "east_asian_width",
          "decomposition", "decimal", "digit", "numeric", "name"):
    print(f)
    for db in (ud, old):
        fn = getattr(db, f)
        t(fn, "ab")
        t(fn, "")
        t(fn, 65)
        t(fn, b"A")
        t(fn)
        t(fn, "a", "b", "c")
        t(fn, chr=".")
        t(fn, "x", default=1) if f in ("decimal", "digit", "numeric", "name") else None
for f in ("decimal", "digit", "numeric"):
    for c in "x\u00b2\u00bd\u0665\u4e94\u2155\U00010107":
        for db in (ud, old):
            t(getattr(db, f), c)
            t(getattr(db, f), c, -1)

for f in ("normalize", "is_normalized"):
    for db in (ud, old):
        fn = getattr(db, f)
        t(fn, "NFC")
        t(fn, "NFC", "a", "b")
        t(fn, "NFX", "a")
        t(fn, "nfc", "a")
        t(fn, "NFC\x00", "a")
        t(fn, "", "")
        t(fn, "NFX", "")
        t(fn, 1, "a")
        t(fn, b"NFC", "a")
        t(fn, "NFC", 1)
        t(fn, "NFC", b"a")
        t(fn, form="NFC", unistr="a")
        t(fn, "NFKD", "")

t(ud.UCD)
t(setattr, old, "unidata_version", "4.0")
print(sorted(n for n in dir(old) if not n.startswith("_")))
print(ud.category.__name__, ud.lookup.__doc__.splitlines()[0], old.name.__name__)

# str padding and stripping: center/ljust/rjust/zfill/expandtabs/strip/lstrip/rstrip/removeprefix/removesuffix.
for w in (0, 3, 8, 9):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "-")))
print("ab".center(5, "x"), "ab".center(6, "x"), "abc".center(6, "x"), "abc".center(4, "x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(2), "-".zfill(3), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("\t\n x \r\f\v".strip()), repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")))
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("nope"), "file.txt".removesuffix(".txt"), "file".removesuffix(""))
try:
    "abc".center(5, "xy")
except TypeError as e:
    print(e)
try:
    "abc".ljust("5")
except TypeError as e:
    print(e)
print(repr("\u3000 unicode spaces \xa0".strip()), repr("ab".rjust(-1)))

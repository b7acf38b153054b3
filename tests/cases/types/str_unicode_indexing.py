# Non-ASCII strings: indexing, negative indices, slicing with steps, find/index offsets, len, reversed, iteration, comparisons.
s = "aé日😀b€ß"
print(len(s), [s[i] for i in range(len(s))], s[-1], s[-4], s[2:5], s[::-1], s[1::2], s[-3:-1], s[5:100])
print(s.find("😀"), s.index("b"), s.rfind("ß"), s.find("日", 3), s.count("é"), "😀" in s, s.startswith("aé"), s.endswith("€ß"))
print([ord(c) for c in s], "".join(chr(ord(c)) for c in s) == s, list(reversed(s))[:3])
print(s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-16-le")[:6], len(s.encode("utf-32")))
print(s.split("日"), s.partition("😀"), s.replace("é", "e"), s.center(11, "*"), s.zfill(9), repr(s), ascii(s))
mixed = "x" * 3 + "日本" * 2 + "y"
print(mixed[3], mixed[4:6], mixed.index("y"), mixed[-2::-2], len(mixed), mixed.rindex("日"))
print(sorted("日本語abc"), min("é日a"), max("é日a"), "é" < "日", "Z" < "a" < "é")
big = "€" * 10000 + "end"
print(len(big), big[10000:], big.find("end"), big[-5:], big.count("€"), big[5000] == "€", big[::2500])
print("straße".casefold() == "STRASSE".casefold(), "ǅ".lower(), "ΣΑΣ".lower(), "ﬃ".upper(), len("ﬃ".upper()))
print(s.isalpha(), "日本".isalpha(), "٣".isdigit(), int("٣٤"), float("١.٥"), "Ⅻ".isnumeric())
b = s.encode()
print(b.decode()[3], b[3:6].decode(), b.decode("utf-8", "replace")[:3])
try:
    b[:2].decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)

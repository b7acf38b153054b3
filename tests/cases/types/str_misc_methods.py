# str replace/translate/maketrans/encode/format_map/count, multiplication, slicing, comparison, iteration.
s = "Hello, World"
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"), s.replace("xyz", "q"), "aaa".replace("a", "b", 0))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), table)
print("hello".translate({ord("h"): "J", ord("o"): None, ord("l"): "LL"}))
print(str.maketrans({"a": "1", "b": None}), "abab".translate(str.maketrans({"a": "1", "b": None})))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "ü".encode("utf-16-le"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
print(s[0], s[-1], s[2:5], s[::-1], s[::2], s[100:], s[-100:3], s[5:2], s[1:-1:3])
print("ab" * 3, 0 * "x", -1 * "x", "a" < "b", "a" < "B", "abc" < "abd", "" < "a", "Z" < "a")
print(list("abc"), [c for c in "日本"], len("日本語"), ord("日"), chr(26085), "日本"[1])
print(str(123), str(b"x"), str(None), str([1, "a"]), str(1.0), str(), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(min("hello"), max("hello"), sorted("hello"), "".join(reversed("hello")), "l" in "hello")
print("%s" % "x", "abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"), "a".__mul__(3))
print(hash("abc") == hash("abc"), "abc" == "abc", "abc" != "abd")
print("Hello {0}".format("x"), "tab\tsep".expandtabs(1), "x".isupper(), "ß".upper(), "ﬀ".upper())
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    "abc" * "2"
except TypeError as e:
    print(e)
print(repr("a'b"), repr('a"b'), repr("\\"), repr("\t\n\r\x00\x7f\x80\xa0\xad"), repr("é日\U0001f600"), ascii("é日\U0001f600"))
print(repr("\u200b\u2028\ud800"), "\N{EURO SIGN}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))

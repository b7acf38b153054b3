# fnmatch: translate output, fnmatch/fnmatchcase/filter on many patterns and names.
import fnmatch, os

pats = ["*", "?", "*.py", "a*b*c", "[abc]", "[!abc]", "[]]", "[!]]", "[a-z]*", "[z-a]", "[a-]", "[-a]", "[!-]",
        "[", "[!", "[]", "[!]", "a[", "]", "\\", "\\*", "[\\]", "[\\]]", "**", "***a**", "a**b", "*a*", "?*?",
        "[[]", "[a-c-e]", "[a-c-e-g]", "[--]", "[---]", "[a--]", "[!a-c]x", "x[^a]", "[^]", "a.b", "a+b", "(x)",
        "{a,b}", "a|b", "$", "^", "[a&&b]", "[a~~b]", "[a||b]", "[a--b]", "[a[b]", "[*]", "[?]", "é*", "[é-ü]",
        "*.[ch]", "data[0-9][0-9].txt", "[!.]*", "*[!/]", "a*?*?b", "[a-c][!d-f]", "[]-]", "[!]-]", "[z-a-c]",
        "[b-a-c]", "[a-b-a]", "[c-ac-a]", "\n", "a\nb", "*\n", "[\n]", "x*y*z*"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ["", "a", "b", "abc", "ABC", "a.py", "A.PY", "x.c", "x.h", "]", "-", "[", "\\", "*", "?", "ab", "aXbYc",
         "data42.txt", ".hidden", "a/b", "é1", "ö", "a\nb", "\n", "abcabc", "a-", "^", "!", "a[b", "xay", "x^y"]
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch("A.PY", "*.py"), os.path.normcase("A.PY"))
print(fnmatch.filter(["a.PY", "b.py"], "*.py"))
for bad in [(1, "a"), ("a", 1), (b"abc", b"a*"), (b"abc", "a*"), ("abc", b"a*")]:
    try:
        print(fnmatch.fnmatch(*bad), fnmatch.fnmatchcase(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(fnmatch.filter([b"ab", b"cd"], b"a*"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(fnmatch.translate(b"a*"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(fnmatch.filter("abc", "a"))
except Exception as e:
    print(type(e).__name__, e)
print(fnmatch.__all__)
for args in [(1, "a"), ("a", 1), (b"abc", b"a*"), (b"abc", "a*"), ("abc", b"a*"), (bytearray(b"ab"), b"a*"), (None, "a"), ("a", None), ("a", ["a"]), ("a", ("a",)), (b"a", bytearray(b"a"))]:
    for fn in (fnmatch.fnmatch, fnmatch.fnmatchcase, lambda n, p: fnmatch.filter([n], p), lambda n, p: fnmatch.translate(p)):
        try:
            print(fn(*args))
        except Exception as e:
            print(type(e).__name__, e)

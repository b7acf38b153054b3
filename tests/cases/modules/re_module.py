# re: match/search/fullmatch, groups and named groups, findall/finditer, sub with callables, split, flags, lookaround, backrefs.
import re

m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com is here")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1), m.string[:5])
print(re.search(r"\d+", "abc 123 def 45").group(), re.match(r"\d+", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d", "12"))
n = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-03-05")
print(n["year"], n.group("month"), n.groupdict(), n.lastgroup, n.lastindex, n.span("month"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"x*", "axxb"))
print([(m.group(), m.start()) for m in re.finditer(r"[aeiou]", "education")])
print(re.sub(r"\d", "#", "a1b2c3"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 apples and 21 pears"), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"), re.sub(r"x", r"\\n", "x"), re.sub("", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " lead trail ", maxsplit=1), re.split("x", "axbxc", 1))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.findall(r"""\d+  # digits
                     \s*  # optional space""", "12 34", re.X), re.search(r"\bcat\b", "concat cat").start())
print(re.findall(r"\w+(?=!)", "hi! no yes!"), re.findall(r"(?<=\$)\d+", "$10 and $20 but 30"), re.findall(r"\d(?!\d)", "123 45"))
print(re.findall(r"(?<!-)\b\d+", "-5 6 -7 8"), re.search(r"(\w)\1", "abccd").group(), re.findall(r"(a|b)\1", "aa ab bb"))
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"), re.findall(r"a{2,3}?", "aaaa"), re.findall(r"a{2}", "aaaaa"))
print(re.findall(r"[^\W\d_]+", "héllo wörld_42"), re.findall(r"[\u4e00-\u9fff]+", "abc日本語def"), re.findall(r"\s", "a b\tc\n"))
p = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
print(p.pattern, p.groups, p.groupindex["val"], dict(p.findall("a=1;b=two;c=")), p.flags & re.UNICODE != 0)
print(p.search("x y=z").expand(r"\g<val>:\g<key>"), p.sub(lambda m: m["key"].upper(), "k=v"), bool(p.match("=")))
print(re.escape("a.b*c?"), re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(a)(b)?", "a").group(2))
print(re.findall(r"(?:ab)+", "ababab abx"), re.match(r"(?:(a)|b)+", "ab").groups(), re.search(r"$", "abc").span())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
try:
    re.compile(r"a**")
except re.error as e:
    print("re.error:", e)
print(re.match(r"\d+", "12ab").end(), re.search(r"(?m)^b", "a\nb").span(), re.findall(r"\A\w|\w\Z", "abc def"))
print(repr(re.match(r"a", "a"))[:40], re.compile("x", re.I | re.M).flags & (re.I | re.M) == re.I | re.M)
print(re.sub(r"(?i)straße", "X", "STRASSE Straße"), re.findall(r"[a-z]+", "ABC def", re.I), re.purge())
print(re.fullmatch(r"(?:\d{3}-)?\d{4}", "555-1234") is not None, re.findall(r"\d+\.?\d*", "1.5 2 3."), re.split(r"\b", "a b"))

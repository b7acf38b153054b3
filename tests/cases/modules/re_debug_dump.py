# re.DEBUG: re.compile prints the parse tree, a blank line and the code listing to sys.stdout
import contextlib
import io
import re
import sys
import warnings

STR_CASES = [
    (r"", 0),
    (r"abc", 0),
    (r"a.b", re.S),
    (r"^ab$", re.M),
    (r"\Aab\Z", 0),
    (r"\bx\B", 0),
    (r"\bx\B", re.A),
    (r"a|b|c", 0),
    (r"ab|ac|ad", 0),
    (r"foo|bar|", 0),
    (r"[abc]", 0),
    (r"[^abc]", 0),
    (r"[^a]", 0),
    (r"[a-z0-9_]", re.I),
    (r"[^a-z\s\d]", 0),
    (r"[\w\W]", 0),
    (r"[\u0100-\u0300\u2000]", 0),
    (r"[\u0100-\u0300\u2000]", re.I),
    (r"[\U0001f600-\U0001f64f]", 0),
    (r"[\U0001f600-\U0001f64f]", re.I),
    (r"[^\x00-\x7f]", 0),
    (r"[\x80-\xff]", 0),
    (r"\d+\.\d*", 0),
    (r"\d\D\s\S\w\W", re.A),
    (r"(a)(b)(c)", 0),
    (r"(?P<first>\w+) (?P<last>\w+)", 0),
    (r"(?P<q>['\"]).*?(?P=q)", 0),
    (r"(a)\1", re.I),
    (r"(a)\1", re.I | re.A),
    (r"a*b+c?", 0),
    (r"a*?b+?c??", 0),
    (r"a*+b++c?+", 0),
    (r"(ab)*", 0),
    (r"(?:ab)+?", 0),
    (r"(?:ab)++", 0),
    (r"(?:a|bc){2,5}", 0),
    (r"a{3}b{,4}c{2,}?", 0),
    (r"(?=foo)foo(?!bar)", 0),
    (r"(?<=ab)c(?<!x)", 0),
    (r"(?<=a|b)c", 0),
    (r"(?>a+)b", 0),
    (r"(?>a(b)[cd])x", 0),
    (r"(a)?(?(1)b|c)", 0),
    (r"(a)?(?(1)b)", 0),
    (r"(a)?(?(1)b|)", 0),
    (r"(?P<n>x)(?(n)y|z)", 0),
    (r"x # comment\n y", re.X),
    (r"(?x) a b # c", 0),
    (r"(?i)straße", 0),
    (r"(?i:abc)def(?-i:ghi)", re.I),
    (r"(?s:.)(?m:^$)", 0),
    (r"(?a:\w)\w", 0),
    (r"K|k|\u212a", re.I),
    (r"[kK\u0130]", re.I),
    (r"\u00c5ngstr\u00f6m", re.I),
    (r"it's", 0),
    (r"'\"", 0),
    (r"tab\there\n\\", 0),
    (r"\ud800x", 0),
    (r"\x00\x7f\x85\xa0", 0),
    (r"日本語|テキスト", 0),
    (r"abcabd", 0),
    (r"ab*", 0),
    (r"(ab)+c", 0),
    (r"[ab]+c", 0),
    (r"(?:(?:(a)))", 0),
    (r"((a)|b)+", 0),
    (r"a{0}b{1}", 0),
    (r"(?:)", 0),
    (r".*\n", re.M | re.S),
]

BYTES_CASES = [
    (rb"abc", 0),
    (rb"[\x80-\xff]+", 0),
    (rb"\w+", re.L),
    (rb"\bx\b", re.L | re.I),
    (rb"[a-z]", re.L | re.I),
    (rb"k|K", re.I),
    (rb"\d\s\w", 0),
    (rb"(?P<b>.)(?P=b)", re.I),
    (rb"\x00\xff", 0),
    (rb"(?<!a)b", re.A),
]

for pattern, flags in STR_CASES + BYTES_CASES:
    print("=" * 8, ascii(pattern), flags)
    re.compile(pattern, flags | re.DEBUG)

# the output goes through sys.stdout, so it can be captured
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    re.compile(r"(x)(?(1)y|z)", re.DEBUG)
print(len(buf.getvalue().splitlines()), repr(buf.getvalue().splitlines()[:3]))

# DEBUG patterns are never taken from the cache: each compile prints again
for _ in range(2):
    re.compile("cached", re.DEBUG)
re.compile("cached")
re.search("q+", "qq", re.DEBUG)
print(re.match("a", "a", flags=re.DEBUG | re.I))

# the tree is printed before a code-generation error; a parse error prints nothing
for bad in [r"(?<=a+)b", r"(?<!a|bc)", r"a(", r"[z-a]"]:
    try:
        re.compile(bad, re.DEBUG)
    except re.error as e:
        print("error:", e)

# warnings come before the dump
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile("[[a]", re.DEBUG)
    print([str(w.message) for w in caught])

# a compiled pattern with flags is refused before anything is printed
try:
    re.compile(re.compile("a"), re.DEBUG)
except ValueError as e:
    print("ValueError:", e)

# re.Scanner parses each phrase with the flags (a tree each) and prints no code listing
scanner = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"[a-z]+", None), (r"\s", None)], re.DEBUG)
print(scanner.scan("12 ab 3"))

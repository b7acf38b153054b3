# Differential test of `re`: every (pattern, flags) runs against each subject with several
# operations; the expected output is CPython 3.11's. Malformed patterns print their re.error.
import re

PATTERNS = [
    (r"abc", 0), (r"a.c", 0), (r"a.c", re.S), (r"^abc$", 0), (r"^\w+$", re.M),
    (r"a*", 0), (r"a+", 0), (r"a?", 0), (r"a{2}", 0), (r"a{2,}", 0), (r"a{,2}", 0), (r"a{1,3}", 0),
    (r"a*?", 0), (r"a+?", 0), (r"a??", 0), (r"a{1,3}?", 0), (r"a*+", 0), (r"a++b", 0), (r"(?>a+)b", 0),
    (r"[abc]+", 0), (r"[^abc]+", 0), (r"[a-f0-9]+", 0), (r"[\d\s]+", 0), (r"[\w.-]+@[\w.-]+", 0),
    (r"\d+", 0), (r"\D+", 0), (r"\s+", 0), (r"\S+", 0), (r"\w+", 0), (r"\W+", 0), (r"\bfoo\b", 0),
    (r"\Bo\B", 0), (r"\Aab", 0), (r"ab\Z", 0), (r"(a)(b)(c)", 0), (r"(a)|(b)", 0), (r"(?:ab)+", 0),
    (r"(?P<first>\w+) (?P<last>\w+)", 0), (r"(?P<x>a)(?P=x)", 0), (r"(a)\1", 0), (r"(a|b)*c", 0),
    (r"x(?=y)", 0), (r"x(?!y)", 0), (r"(?<=a)b", 0), (r"(?<!a)b", 0), (r"(a)?(?(1)b|c)", 0),
    (r"(?i)hello", 0), (r"hello", re.I), (r"(?i:h)ello", 0), (r"HeLLo", re.I | re.A),
    (r"straße", re.I), (r"ǅ", re.I), (r"[é-ë]+", re.I), (r"(?x) a  b  # comment", 0),
    (r"(?m)^\d", 0), (r"\d$", re.M), (r"$", 0), (r"^", re.M), (r"", 0), (r"\n", 0),
    (r"(\d+)-(\d+)", 0), (r"(<[^>]*>)", 0), (r"(?s).+", 0), (r"\x41\u00e9\t", 0),
    (r"[\]\\-]+", 0), (r"a|b|", 0), (r"(a*)*b", 0), (r"(a|ab)(c|bcd)(d*)", 0),
    (r"(", 0), (r"a)", 0), (r"[a", 0), (r"a{2,1}", 0), (r"*a", 0), (r"a**", 0), (r"\q", 0),
    (r"(?P<1>a)", 0), (r"(?P=nope)", 0), (r"(?<=a+)b", 0), (r"(?z)", 0), (r"\1", 0),
    (r"a(?i)b", 0), (r"[z-a]", 0), (r"(?P<n>a)(?P<n>b)", 0), (r"x{70000}", 0),
]

SUBJECTS = [
    "abc aaab ac a.c foo food", "Hello World hello HELLO hellO", "xy xz ab abc abbbc aabcd",
    "john smith, mary jones\n123-456 7-8\n<b>bold</b>", "STRASSE straße ǅǆǄ éèêë ÉË",
    "", "aaaaaaaaaaaaaaaaaaaa", "a\nb\nc\n",
]


def show(value):
    if isinstance(value, re.Match):
        return ("M", value.span(), value.group(), value.groups(), value.lastindex)
    return value


for pattern, flags in PATTERNS:
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print(repr(pattern), "error:", e.msg, e.pos)
        continue
    print(repr(pattern), p.groups, sorted(p.groupindex.items()))
    for s in SUBJECTS:
        print(" ", repr(s[:12]),
              show(p.search(s)), show(p.match(s)), show(p.fullmatch(s)),
              p.findall(s), p.sub("<\\g<0>>", s, 3) if p.groups < 2 else p.subn(r"\2\1", s),
              p.split(s, 2))

# Every pattern of the compiler corpus (tests/data/sre_patterns.txt, under each flag set for
# the crossed ones) run over 14 subjects with search, findall, fullmatch, match at 1, sub,
# split and finditer over a window: one digest of all the results per pattern and flag set.
import hashlib
import os
import re
import warnings

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "data", "sre_patterns.txt")

patterns = []
names = dict(vars(re))
with open(CORPUS, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("* "):
            for flags in (0, re.I, re.M, re.S, re.X, re.A, re.I | re.A):
                patterns.append((eval(line[2:], names), flags))
        else:
            patterns.append(eval("(" + line + ")", names))

subjects = ["", "abc", "aaa", "abcabc", "hello world\nfoo bar\n", "xyz123 abc_def 45.67",
            "AbC aBc ABC", "foo@bar.com x@y.org", "ÀÉÎ õü ß", "日本語 テキスト 123",
            "aaaaaaaaab", "((a))", "İıſK", "\u2028x\u0085y"]
bsubjects = [s.encode("latin-1", "replace") for s in subjects]
huge = re.compile(r"\{\d{5,}")

ran = 0
for p, flags in patterns:
    if huge.search(p if isinstance(p, str) else p.decode("latin-1")):
        continue  # repeat counts in the billions: CPython runs out of memory
    try:
        c = re.compile(p, flags)
    except Exception:
        continue
    results = []
    for s in bsubjects if isinstance(p, bytes) else subjects:
        try:
            m = c.search(s)
            full = c.fullmatch(s)
            at1 = c.match(s, 1)
            res = (m and (m.span(), m.groups(), m.lastindex), c.findall(s),
                   full and full.span(), at1 and (at1.span(), at1.regs),
                   c.sub("<>" if isinstance(s, str) else b"<>", s), c.split(s),
                   [x.span() for x in c.finditer(s, 2, max(len(s) - 1, 0))])
        except Exception as e:
            res = type(e).__name__ + ": " + str(e)
        results.append(repr(res))
        ran += 7
    digest = hashlib.sha1("\n".join(results).encode("utf-8", "surrogatepass")).hexdigest()
    print(ascii(p), flags, digest[:16])
print(ran, "pattern/subject/operation triples")

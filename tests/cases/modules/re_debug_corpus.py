# re.DEBUG over the whole compiler corpus (tests/data/sre_patterns.txt, crossed lines under
# each flag set): one digest of the printed parse tree and code listing per pattern and flags.
import contextlib
import hashlib
import io
import os
import re
import warnings

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "data", "sre_patterns.txt")
STR_FLAGS = [0, re.I, re.M, re.S, re.X, re.A, re.I | re.A, re.I | re.M | re.S]
BYTES_FLAGS = [0, re.I, re.M, re.S, re.X, re.L, re.I | re.L, re.I | re.A]

cases = []
names = dict(vars(re))
with open(CORPUS, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("* "):
            p = eval(line[2:], names)
            cases.extend((p, fl) for fl in (STR_FLAGS if isinstance(p, str) else BYTES_FLAGS))
        else:
            cases.append(eval("(" + line + ")", names))

printed = 0
for p, flags in cases:
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            re.compile(p, flags | re.DEBUG)
        result = "ok"
    except RecursionError:
        result = "RecursionError"
    except Exception as e:
        result = type(e).__name__
    text = buf.getvalue()
    printed += len(text.splitlines())
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    print(ascii(p)[:60], int(flags), result, digest[:16])
print(len(cases), "cases,", printed, "lines printed")

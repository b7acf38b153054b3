"""Print the rows of tests/syntax_errors.rs's table from CPython 3.11.

Usage: python3 gen_syntax_cases.py < snippets.txt, one snippet per line with `\\n` escapes.
Each row: (source, kind, msg, lineno, offset) as `compile(src, "f", "exec")` raises them.
"""
import json
import sys

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    src = line.encode().decode("unicode_escape")
    try:
        compile(src, "f", "exec")
    except UnicodeEncodeError:
        continue
    except SyntaxError as e:
        print("    (%s, %s, %s, %d, %d)," % (json.dumps(src, ensure_ascii=False), type(e).__name__,
                                              json.dumps(e.msg, ensure_ascii=False), e.lineno, e.offset or 0))

# textwrap: pseudo-random texts and option combinations.
import textwrap

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

pieces = ["a", "bb", "ccc", "word", "longerword", "x-y", "--", "-", "well-known", "e.g.", "end.", "Hi!",
          "What?", " ", "  ", "\t", "\n", "\u00e9t\u00e9", "supercalifragilistic", "a-b-c-d-e-f", "'quoted.'",
          "\"q.\"", "1.5", "-opt", "--long-opt", "path/to/file", "ab\u2014cd", "x\u00a0y", "\r\n"]
bools = ["expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words",
         "drop_whitespace", "break_on_hyphens"]
for i in range(400):
    text = "".join(pieces[rnd(len(pieces))] + (" " if rnd(3) else "") for _ in range(rnd(25)))
    kw = {"width": 1 + rnd(30)}
    for b in bools:
        if rnd(3) == 0:
            kw[b] = bool(rnd(2))
    if rnd(4) == 0:
        kw["tabsize"] = rnd(9)
    if rnd(4) == 0:
        kw["initial_indent"] = ["", " ", "* ", "--> "][rnd(4)]
    if rnd(4) == 0:
        kw["subsequent_indent"] = ["", "  ", "| "][rnd(3)]
    if rnd(4) == 0:
        kw["max_lines"] = 1 + rnd(4)
        if rnd(2):
            kw["placeholder"] = [" ...", "~", "", " [...]"][rnd(4)]
    if kw["width"] <= max(len(kw.get("initial_indent", "")), len(kw.get("subsequent_indent", ""))):
        kw["width"] += 4  # CPython loops forever when an indent fills the line
    try:
        r = textwrap.wrap(text, **kw)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(i, repr(text), kw)
    print("  ", r)
    try:
        r = textwrap.shorten(text, kw["width"] + 10, placeholder=kw.get("placeholder", " [...]"))
    except Exception as e:
        r = (type(e).__name__, str(e))
    print("  ", repr(r))

# \N{NAME} escapes in regular expressions: str patterns only, in and out of classes, with
# aliases, Hangul and CJK names; the errors and their positions.
import re

for pattern, subject in [
    (r"\N{LATIN SMALL LETTER A}+", "baaad"),
    (r"\N{latin small letter a}", "xay"),
    (r"[\N{DIGIT ZERO}-\N{DIGIT NINE}]+", "ab 2026 cd"),
    (r"\N{EM DASH}|\N{EN DASH}", "a\u2013b\u2014c"),
    (r"\N{SNOWMAN}\N{GRINNING FACE}?", "\u2603\U0001f600"),
    (r"\N{HANGUL SYLLABLE GAG}", "\uac01"),
    (r"\N{CJK UNIFIED IDEOGRAPH-4E00}", "x\u4e00y"),
    (r"\N{LATIN SMALL LETTER GHA}", "\u01a3"),
    (r"\N{LINE FEED}", "a\nb"),
    (r"(?i)\N{LATIN CAPITAL LETTER E WITH ACUTE}", "caf\u00e9"),
    (r"[^\N{SPACE}]+", "two words"),
    (r"\N{SPACE}{2}", "a  b"),
    (r"(?x) \N{SPACE} ", "a b"),
]:
    m = re.search(pattern, subject)
    print(ascii(pattern), ascii(m.group()) if m else None, m.span() if m else None)

for pattern in [r"\N", r"\N{", r"\N{}", r"\N{SPACE", r"\NSPACE", r"a\N{NO SUCH NAME}b",
                r"[\N{NO SUCH}]", r"\N{KEYCAP NUMBER SIGN}", r"[x\N{TAMIL SYLLABLE KSSAA}]",
                r"\N{LATIN SMALL LETTER A }", r"\N{" + "X" * 300 + "}", r"(\N{)", r"ab\N{}cd",
                "\\N{\u00e9}", r"[\N{SPACE}-\N{DIGIT NINE}]", r"[\N{DIGIT NINE}-\N{SPACE}]",
                b"\\N{SPACE}", b"[\\N{SPACE}]", b"\\N"]:
    try:
        p = re.compile(pattern)
    except re.error as e:
        print(ascii(pattern)[:50], "error:", e.msg, e.pos)
    else:
        print(ascii(pattern)[:50], "ok", p.groups)

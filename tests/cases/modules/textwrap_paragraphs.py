# textwrap: wrap/fill options, hyphen and em-dash splitting, long words, max_lines, shorten, dedent, indent, errors.
import textwrap

text = ("The quick brown fox jumped over the lazy dog.  It was a well-known "
        "fact that state-of-the-art algorithms--even the best ones--fail sometimes. "
        "Supercalifragilisticexpialidocious is a long word.")
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("a-b-c-d well-known x--y --z e-2 ab-cd-ef 2-3 a--", 4))
print(textwrap.wrap("Hello, Mr. Smith. How are you? Fine!  'Quoted.' end", 80, fix_sentence_endings=True))
print(textwrap.wrap("tabs\there\tand\nnewlines\x0bhere", 40))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False))
print(textwrap.wrap("tabs\there\nx", 40, replace_whitespace=False))
print(textwrap.wrap("tab\tsize", 40, tabsize=2))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 8, initial_indent="> ", subsequent_indent=">> "))
print(textwrap.wrap("some-very-long-hyphenated-compound", 9))
print(textwrap.wrap("----------", 4), textwrap.wrap("a----------", 4))
for lines in (1, 2, 3):
    print(lines, textwrap.wrap(text, 25, max_lines=lines))
    print(lines, textwrap.wrap(text, 25, max_lines=lines, placeholder="..."))
print(textwrap.wrap("one two three four", 9, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("aaaaaaaaaaaaaa bbbbbbbbbb", 12, max_lines=1, placeholder="!"))
print(textwrap.wrap("short", 10, max_lines=1))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("  lots   of\n\twhitespace here ", 15, placeholder="~"))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))

for bad in ({"width": 0}, {"width": -3}, {"width": 4, "max_lines": 1}, {"width": 5, "max_lines": 2, "subsequent_indent": "    "}):
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.TextWrapper(3, "x", "y", True, True, False, True, True, True, 8, 5)
except TypeError as e:
    print("TypeError:", e)

w = textwrap.TextWrapper(width=15, subsequent_indent="  ")
print(w.width, w.max_lines, repr(w.placeholder), w.tabsize, w.break_on_hyphens)
print(w.wrap("the same wrapper used twice"), w.fill("and then for fill"))
w.width = 6
print(w.wrap("the same wrapper used twice"))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))


class Shouting(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]


print(Shouting(width=12).wrap("quiet words made loud"))
chunks = textwrap.TextWrapper()._split("well-known em--dash end. Next")
print(chunks)
textwrap.TextWrapper()._fix_sentence_endings(chunks)
print(chunks)

print(repr(textwrap.dedent("""\
    def f():
        return 1

      # comment
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t b\n")))
print(repr(textwrap.dedent("   \n  x\n \t \n  y")), repr(textwrap.dedent("")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("  a\r\n  b\r\n")), repr(textwrap.dedent("    a\n  b\n      c")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "+", lambda line: True)))
print(repr(textwrap.indent("keep\nskip\n", "# ", lambda line: line.startswith("k"))))
print(textwrap.__all__)


class CommaSplitter:
    """Stands in for a compiled pattern: only split() is used."""

    def split(self, text):
        out = []
        for part in text.split(","):
            out += [part, ",", ""]
        return out[:-2]


class CommaWrapper(textwrap.TextWrapper):
    wordsep_re = CommaSplitter()


print(CommaWrapper(width=8).wrap("alpha,beta,gamma,delta"))
print(CommaWrapper(width=8, break_on_hyphens=False).wrap("alpha beta,gamma"))
inst = textwrap.TextWrapper(width=8)
inst.wordsep_simple_re = CommaSplitter()
inst.break_on_hyphens = False
print(inst.wrap("alpha,beta,gamma"))


class AnyEnd:
    def search(self, chunk):
        return chunk.endswith("x")


class XEnds(textwrap.TextWrapper):
    sentence_end_re = AnyEnd()


print(XEnds(fix_sentence_endings=True).wrap("fox box. cat"))

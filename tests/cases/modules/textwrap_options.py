# textwrap: every TextWrapper option on assorted texts, shorten, dedent, indent, errors.
import textwrap

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = [
    "The quick brown fox jumps over the lazy dog.  It was fun! Right?  Yes.",
    "Hello there.\tThis is\ta tab-separated\tline with\nnewlines\rand\x0bother\x0cwhitespace.",
    "supercalifragilisticexpialidocious is a very-long-hyphenated-word-indeed and so--on---more.",
    "   leading and trailing   ",
    "",
    "   ",
    "a",
    "Mr. Smith went to Washington. He said \"hi.\" Then left.\nNext line. ok",
    "x-y-z a-b c--d e---f -g h- --i j--",
    "e.g. this: this-is-a-test of the-emergency-broadcast-system, 1-2-3, 15.5-16.2",
    "\tindented\ttabs\there and\t\tdouble",
    "word " * 30,
    "ab\u00e9cd\u00e9fg h\u00e9llo w\u00f6rld na\u00efve caf\u00e9-cr\u00e8me",
    "Hello.  Bye. Hi!  Wait? ok:  yes",
]
widths = [1, 2, 5, 8, 12, 20, 40, 70]
for t in texts:
    for w in widths:
        show(lambda: textwrap.wrap(t, w))
    show(lambda: textwrap.wrap(t, 10, break_long_words=False))
    show(lambda: textwrap.wrap(t, 10, break_on_hyphens=False))
    show(lambda: textwrap.wrap(t, 10, break_on_hyphens=False, break_long_words=False))
    show(lambda: textwrap.wrap(t, 15, expand_tabs=False))
    show(lambda: textwrap.wrap(t, 15, tabsize=4))
    show(lambda: textwrap.wrap(t, 15, tabsize=0))
    show(lambda: textwrap.wrap(t, 15, replace_whitespace=False))
    show(lambda: textwrap.wrap(t, 15, expand_tabs=False, replace_whitespace=False))
    show(lambda: textwrap.wrap(t, 15, drop_whitespace=False))
    show(lambda: textwrap.wrap(t, 15, fix_sentence_endings=True))
    show(lambda: textwrap.wrap(t, 15, initial_indent='* ', subsequent_indent='  '))
    show(lambda: textwrap.wrap(t, 6, initial_indent='>>>> ', subsequent_indent='-- '))
    show(lambda: textwrap.wrap(t, 15, max_lines=2))
    show(lambda: textwrap.wrap(t, 15, max_lines=1, placeholder=' ...'))
    show(lambda: textwrap.wrap(t, 15, max_lines=3, placeholder='~'))
    show(lambda: textwrap.wrap(t, 8, max_lines=2, initial_indent='##', placeholder=' [..]'))
    show(lambda: textwrap.fill(t, 25, drop_whitespace=False, initial_indent=' '))
    show(lambda: textwrap.shorten(t, 20))
    show(lambda: textwrap.shorten(t, 30, placeholder='...'))
    show(lambda: textwrap.shorten(t, 12, placeholder=' [more]'))
show(lambda: textwrap.wrap("abc", 0))
show(lambda: textwrap.wrap("abc", -1))
show(lambda: textwrap.wrap("", 0))
show(lambda: textwrap.wrap("abcdef", 4, initial_indent='abcd'))
show(lambda: textwrap.wrap("abc def", 4, initial_indent='abcd'))
show(lambda: textwrap.wrap("abc def ghi", 5, max_lines=1, placeholder='xxxxxxx'))
show(lambda: textwrap.wrap("abc def ghi", 5, max_lines=2, placeholder=' ...'))
show(lambda: textwrap.shorten("hello world", 5))
show(lambda: textwrap.shorten("hello world", 3))
show(lambda: textwrap.shorten("hello  world   again", 100))
show(lambda: textwrap.shorten("hello", 3, placeholder="[...]"))
show(lambda: textwrap.wrap(5))
show(lambda: textwrap.wrap("a b", "5"))
w = textwrap.TextWrapper(width=10, max_lines=2)
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.tabsize, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.max_lines, repr(w.placeholder))
print(w.wrap("one two three four five six"), w.fill("a b c"))
w.width = 4
show(lambda: w.wrap("one two three four five six"))
print(w._split("hello-there world--x a-b\tc"))
print(w._split_chunks("a-b  c"))
print(w._munge_whitespace("a\tb\nc"))
ch = ["Hello.", " ", "world", " ", "Dr.", " ", "x"]
w2 = textwrap.TextWrapper(fix_sentence_endings=True)
w2._fix_sentence_endings(ch); print(ch)
print(repr(textwrap.TextWrapper.sentence_end_re.pattern), textwrap.TextWrapper.unicode_whitespace_trans == None)
print(textwrap.__all__)
for t in ["  a\n  b\n", "  a\n    b\n  c", "\ta\n\tb", "\ta\n        b", "  a\n\n  b\n   \n", " x\n\ty", "   \n  a\n", "", "a\n b",
          "    def f():\n        pass\n\n    x = 1\n", "  a\r\n  b\r\n", "  \t a\n  \t b", "\x0c a\n\x0c b", " \n \n", "  a\n \n  b"]:
    show(lambda: textwrap.dedent(t))
show(lambda: textwrap.dedent(5))
for t in ["a\nb\n\nc", "  x\n\n \ny\r\nz", "", "\n\n", "one"]:
    show(lambda: textwrap.indent(t, '> '))
    show(lambda: textwrap.indent(t, '+', lambda line: True))
    show(lambda: textwrap.indent(t, '-', lambda line: 'b' in line or 'x' in line))
show(lambda: textwrap.indent("a", 5))
show(lambda: textwrap.fill("aaa bbb ccc", width=5, subsequent_indent="  "))
show(lambda: textwrap.dedent(b" a"))

import textwrap, numbers, fractions, decimal
T = ("The quick brown fox jumps over the lazy dog. Mr. Smith went to Washington.  A well-known "
     "state-of-the-art self-contained --- em-dash--between words and a verylongwordthatdoesnotfitanywhereatall "
     "e-mail x--y hyphen- -dash tab\there\nnewline  double  spaces end.")
for w in [1, 5, 10, 15, 20, 33, 70]:
    print(w, textwrap.wrap(T, w))
print(textwrap.wrap(T, 20, break_on_hyphens=False), textwrap.wrap(T, 12, break_long_words=False))
print(textwrap.fill(T, 30, initial_indent='* ', subsequent_indent='  '), textwrap.wrap(T, 25, fix_sentence_endings=True))
print(textwrap.wrap(T, 30, max_lines=3), textwrap.wrap(T, 30, max_lines=2, placeholder='...'), textwrap.wrap('  a  b  ', 10, drop_whitespace=False))
print(textwrap.wrap(T, 30, expand_tabs=False, replace_whitespace=False), textwrap.wrap('a\tb\tc', 40, tabsize=4))
print(textwrap.shorten(T, 40), textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello  world!', 11), textwrap.shorten('a b', 10, placeholder=' ~'))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.shorten('hello world', 3)]:
    try: bad()
    except ValueError as e: print(e)
print(repr(textwrap.dedent('    a\n      b\n    \n    c\n')), repr(textwrap.dedent('\ta\n  b')), repr(textwrap.dedent('  x\n\t  y\n  \n')), repr(textwrap.dedent('no indent\n  x')), repr(textwrap.dedent('   \n  a\n   b')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)), repr(textwrap.indent('x\r\ny\n', '#')))
print(textwrap.TextWrapper.wordsep_re.pattern is not None, textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('word ' * 20, 25))
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1, numbers.Number), isinstance(1.0, numbers.Integral), isinstance(fractions.Fraction(1, 2), numbers.Rational), isinstance(decimal.Decimal(1), numbers.Number), issubclass(bool, numbers.Integral))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(e)
print(sorted(numbers.__all__), numbers.Number.__hash__, numbers.Real.__abstractmethods__ >= {'__float__'}, sorted(numbers.Rational.__abstractmethods__)[:5])

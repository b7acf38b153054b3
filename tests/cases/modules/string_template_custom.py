# string: Template subclasses (idpattern, braceidpattern, flags, delimiter, pattern), errors, capwords, constants.
import string, re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T = string.Template
print(repr(T.flags), T.pattern.pattern if hasattr(T.pattern,'pattern') else T.pattern)
print(T.pattern.flags)
class MyId(T):
    idpattern = r'[a-z]+\.[a-z]+'
class Brace(T):
    braceidpattern = r'[A-Z]+'
class Case(T):
    flags = 0
class Delim(T):
    delimiter = '#'
class Pat(T):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
class BadPat(T):
    pattern = r'@(?P<named>[a-z]+)'
for cls in (MyId, Brace, Case, Delim, Pat, BadPat):
    print(cls.__name__, cls.pattern.pattern[:80].replace('\n', '|'), cls.pattern.flags)
    for text in ['$a.b $c.d ${x} $X ${ABC} $$', '#a ## #{b} #', '[a [[ [{b} [', '$abc $ABC ${abc}', '@foo @@ x', 'x\ny $1', '$\n$']:
        t = cls(text)
        show(lambda: t.substitute({'a.b': 1, 'c.d': 2, 'x': 3, 'X': 4, 'ABC': 5, 'a': 6, 'b': 7, 'abc': 8, 'foo': 9}))
        show(lambda: t.safe_substitute(a=1, abc=2))
        show(t.is_valid)
        show(t.get_identifiers)
show(lambda: T('$a$a$b${a}').get_identifiers())
show(lambda: T('$$a').get_identifiers())
show(lambda: T('hello $name').substitute(name=object.__name__))
show(lambda: T('a\nbc\n  $ 1').substitute())
show(lambda: T('$5').substitute())
show(lambda: T('${5}').safe_substitute())
show(lambda: T('$a').substitute({'a': 1}, a=2))
show(lambda: T('$a').substitute({}, {}))
show(lambda: T('$a').safe_substitute({}, {}))
show(lambda: T('$a').substitute(mapping={'a':1}))
show(lambda: T('${a').substitute(a=1))
show(lambda: T('$a').substitute(a=[1, 2]))
show(lambda: T(b'$a').template)
show(lambda: T.substitute(T('$a'), a=3))
t = T('x')
print(repr(T('$x').template))
class M(dict):
    def __missing__(self, k): return k.upper()
show(lambda: T('$aa ${bb}').substitute(M()))
show(lambda: T('$aa ${bb}').safe_substitute(M()))
class G:
    def __getitem__(self, k):
        if k == 'z': raise IndexError('z')
        return k * 2
show(lambda: T('$aa ${bb}').substitute(G()))
show(lambda: T('$z').safe_substitute(G()))
show(lambda: T('$z').substitute(G()))
print(string.capwords("hello\tworld  x"), string.capwords(""), string.capwords("aBC dEF"), repr(string.capwords(" a ", " ")))
show(lambda: string.capwords("a", 1))
for n in ['whitespace','ascii_lowercase','ascii_uppercase','ascii_letters','digits','hexdigits','octdigits','punctuation','printable']:
    print(n, repr(getattr(string, n)))
print(sorted(n for n in dir(string) if not n.startswith('_')))
print(string.Template.__init__.__qualname__, string.Template.substitute.__qualname__)
print(type(string.Template.__dict__.get('pattern')).__name__ if 'pattern' in string.Template.__dict__ else None)

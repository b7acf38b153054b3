# shlex: split/quote/join, POSIX and classic modes, punctuation_chars, push/pop of tokens and sources, debug trace, errors.
import io
import os
import shlex
import tempfile

samples = [
    'plain words here',
    'a "b c" d',
    "it's 'single \"dq\" inside'",
    'Do"Not"Separate "Do"Separate',
    'esc\\ aped "in\\"side" \'lit\\eral\' "keep\\x"',
    'x # comment\ny',
    "'' \"\" empty",
    'a&&b || c;d >out 2>&1',
    'tab\tand\nnewline\r end',
    'ünï cödé é',
    '~/path/*.py --opt=1 -x',
]
for text in samples:
    for posix in (True, False):
        for comments in (False, True):
            try:
                print(posix, comments, shlex.split(text, comments=comments, posix=posix))
            except ValueError as e:
                print(posix, comments, "ValueError:", e)

for bad in ['"unclosed', "'also", 'trailing\\', '"esc at end\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError:", e)

for word in ["", "simple", "with space", "it's", "$HOME", "a;b", "é", "-_=+:,./@%", "\t", "\"q\""]:
    print(repr(shlex.quote(word)))
print(shlex.join(["echo", "hello world", "it's", ""]))
print(shlex.split(shlex.join(["x y", "'", '"', "\\"])))
for odd in (None, 0, b"", b"abc", 3, ["a"]):
    try:
        print(repr(shlex.quote(odd)))
    except TypeError as e:
        print("TypeError:", e)

# classic (non-POSIX) tokenizing: punctuation comes out one character at a time
lx = shlex.shlex("set x=1; y = 'two words' # trailing\nnext")
print(list(lx), lx.lineno)
lx = shlex.shlex("a && b; (c) | d >> e", posix=True, punctuation_chars=True)
print(list(lx))
lx = shlex.shlex("a && b; (c)", posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex("<<x>> ;;", punctuation_chars="<>")
print(list(lx), repr(lx.punctuation_chars), "~" in lx.wordchars, "<" in lx.wordchars)
try:
    lx.punctuation_chars = ";"
except AttributeError as e:
    print("AttributeError:", e)

s = shlex.shlex("one two three", posix=True)
print(s.eof, repr(shlex.shlex("").eof), s.infile, s.lineno, s.state, s.wordchars[:8])
print(s.get_token())
s.push_token("pushed")
s.push_token("first")
print(s.get_token(), s.get_token(), s.get_token())
s.push_source("inner stream", "inner.txt")
print(s.infile, s.get_token(), s.get_token(), s.get_token(), s.infile, s.get_token())
print(s.error_leader(), s.error_leader("f.c", 9))

s = shlex.shlex(io.StringIO("p 'q r' s"), "named")
s.wordchars += "'"
s.quotes = '"'
print(list(s), s.infile)

# the source keyword reads another file, relative to the current one
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "inc.txt"), "w") as f:
        f.write("from include\n")
    main = os.path.join(d, "main.txt")
    with open(main, "w") as f:
        f.write('before source "inc.txt" after\n')
    with open(main) as f:
        s = shlex.shlex(f, main)
        s.source = "source"
        print(list(s))

# the debug trace
for level in (1, 2, 3):
    print("-- debug", level)
    s = shlex.shlex("ab 'c d'\\x", posix=(level != 2))
    s.debug = level
    print(list(s))


class Named(io.StringIO):
    def __repr__(self):
        return "<stream %r>" % self.getvalue()


s = shlex.shlex(Named("k"), posix=True)
s.debug = 1
s.push_token("t")
s.push_source(Named("u"))
print(s.get_token(), s.get_token(), s.get_token(), s.get_token())
for bad in ('"open', "esc\\"):
    s = shlex.shlex(bad, posix=True)
    s.debug = 2
    try:
        list(s)
    except ValueError as e:
        print("ValueError:", e)

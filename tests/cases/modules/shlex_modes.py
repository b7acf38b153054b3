# shlex: split/quote/join, the shlex class in posix and non-posix modes, punctuation_chars, errors.
import shlex, io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inputs = ["a b c", "  a   b  ", "'a b' c", '"a b" c', "a\\ b", "a'b'c", 'a"b"c', "'a\\'", '"a\\"b"', '"a\\\\b"',
          '"a\\$b"', '"a\\nb"', "a # comment", "a#b", "#x", "'unterminated", '"unterminated', "trailing\\",
          "a\\", "", "   ", "a\nb\tc", "'' \"\"", "a''b", "$HOME 'x'\"y\"", "a;b|c&&d", "a>b<c", "(a) {b}",
          "é ü 'ö'", "a=b c=\"d e\"", "--opt='x y'", "\\'", '\\"', "'\"'", "\"'\"", "a\\\nb", "\\\\", "\"\\\"\"",
          "x=1;y=2", "ls -l | grep '^d' > out.txt 2>&1", "echo $((1+2))", "a~b", "-", "a.b-c,d", "a;;b", "a&&&b",
          "1.5e10", "a\x00b", "one\rtwo"]
for s in inputs:
    show(lambda: shlex.split(s))
    show(lambda: shlex.split(s, comments=True))
    show(lambda: shlex.split(s, posix=False))
    for pc in [True, "();"]:
        def run():
            lx = shlex.shlex(s, posix=True, punctuation_chars=pc)
            lx.whitespace_split = True
            return list(lx)
        show(run)
        show(lambda: list(shlex.shlex(s, punctuation_chars=pc)))
    show(lambda: list(shlex.shlex(s)))
    show(lambda: list(shlex.shlex(s, posix=True)))
show(lambda: shlex.split(None))
show(lambda: shlex.split(5))
for q in ["", "abc", "a b", "it's", 'say "hi"', "$x", "a\nb", "é", "@%+=:,./-_", "a*", "~", "'", "''", "a!b", "\t", "#"]:
    show(lambda: shlex.quote(q))
show(lambda: shlex.quote(5))
show(lambda: shlex.quote(b"a b"))
show(lambda: shlex.join(["a b", "c", "it's", ""]))
show(lambda: shlex.join([]))
show(lambda: shlex.join([1]))
print(shlex.split(shlex.join(["a b", "c'd", '"e"', "$f", ""])))

lx = shlex.shlex("a 'b c' d", posix=True)
print(lx.get_token(), lx.lineno, repr(lx.token), lx.eof, lx.commenters, lx.wordchars[:20], lx.whitespace, lx.quotes, lx.escape, lx.escapedquotes)
lx.push_token("pushed")
print(lx.get_token(), lx.get_token(), lx.read_token(), repr(lx.get_token()), repr(lx.get_token()))
lx = shlex.shlex("x y z")
print(repr(lx.eof), lx.get_token(), lx.next() if hasattr(lx, "next") else "", next(lx), repr(lx.get_token()))
lx = shlex.shlex(io.StringIO("first\nsecond line\n# c\nthird"), infile="f.conf")
print([lx.get_token() for _ in range(5)], lx.lineno, lx.error_leader(), lx.error_leader("other", 9))
lx = shlex.shlex("a\n'b\nc' d", posix=True)
print([(lx.get_token(), lx.lineno) for _ in range(3)])
for s in ["'abc", '"abc', "abc\\", "a 'b", "\\"]:
    for posix in (True, False):
        lx = shlex.shlex(s, posix=posix)
        lx.whitespace_split = True
        try:
            print(list(lx))
        except ValueError as e:
            print("ValueError", e)
lx = shlex.shlex("a:b:c d", posix=True)
lx.whitespace = ":"
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex("a-b c.d", posix=True)
lx.wordchars += "-"
print(list(lx))
lx = shlex.shlex("a|b c", posix=True, punctuation_chars="|")
print(list(lx), repr(lx.wordchars[-10:]), lx.punctuation_chars)
show(lambda: shlex.shlex("x", punctuation_chars=5))
lx = shlex.shlex("a b", posix=True)
lx.debug = 0
lx.quotes = "|"
print(list(shlex.shlex("|a b| c", posix=True)), end=" ")
lx = shlex.shlex("|a b| c", posix=True); lx.quotes = "|"; print(list(lx))
lx = shlex.shlex("a %b c", posix=True); lx.commenters = "%"; print(list(lx))
lx = shlex.shlex("a ^x b", posix=True); lx.escape = "^"; print(list(lx))
lx = shlex.shlex("\"a ^\"x\" b", posix=True); lx.escape = "^"; lx.escapedquotes = '"'; print(list(lx))
lx = shlex.shlex("'a \\' b", posix=True); lx.escapedquotes = "'\""; show(lambda: list(lx))
lx = shlex.shlex("'a \\' b'", posix=True); lx.escapedquotes = "'\""; show(lambda: list(lx))
print(shlex.__all__)
lx = shlex.shlex("a b")
lx.push_source("x y", "newfile")
print(lx.get_token(), lx.infile, lx.get_token(), lx.get_token(), lx.infile, lx.get_token(), repr(lx.get_token()))
print(lx.sourcehook('"inc.txt"') if False else "")

import shlex, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
samples = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b', 'x="a b" y', 'a#comment\nb', '"unterminated', 'esc\\', "it's", 'a "b\\"c" d',
           "a 'b\\'c", 'ls -l | grep foo && echo "done" > out.txt', 'a;b;;c', '', '   ', 'é ü', '"" \'\' x', 'a"b"c', "a'b'c", '\\"x\\"', '"a\\\\b"', '"a\\nb"']
for s in samples:
    for posix in (True, False):
        t(lambda: shlex.split(s, posix=posix))
        t(lambda: shlex.split(s, comments=True, posix=posix))
        t(lambda: list(shlex.shlex(s, posix=posix)))
        t(lambda: list(shlex.shlex(s, posix=posix, punctuation_chars=True)))
        def ws():
            l = shlex.shlex(s, posix=posix, punctuation_chars='|;&')
            l.whitespace_split = True
            return list(l)
        t(ws)
for q in ['', 'abc', 'a b', "it's", 'a$b', '-x', 'é', 'safe@%+=:,./-_']:
    print(repr(shlex.quote(q)))
print(shlex.join(['a', 'b c', "d'e"]), sorted(shlex.__all__))
lex = shlex.shlex('one two\nthree', infile='f.txt')
print(lex.get_token(), lex.lineno, lex.error_leader(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex.push_token('pushed'); print(lex.get_token())
rng = random.Random(5)
alphabet = 'ab \'"\\#;|&\n\tx(<'
bad = 0
for i in range(3000):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    for posix in (True, False):
        for punct in (False, True):
            try:
                r = list(shlex.shlex(s, posix=posix, punctuation_chars=punct))
            except ValueError as e:
                r = str(e)
            print(r, end=';')
print()

import fnmatch, itertools
pats = ['*', '?', '*.py', 'a*b*c', '[abc]', '[!abc]', '[a-c]x', '[z-a]', '[!z-a]', '[]]', '[!]]', '[!]', '[', '[a', 'a[', '[]', '[!', '*[*', '[-a]', '[a-]', '[!-a]',
        '[a-c-e]', '[a-b--c]', '[\\]', 'a\\*', '[^a]', '[[]', '[&&]', '[a-cx-z]', '[az-ab]', '**a**', '*a*b', 'a?c', '[!a-c]?', '.*', '*.*', '[!!]', '[!^]', 'x[!-]y', '[*?]']
names = ['', 'a', 'b', 'x', 'ab', 'abc', 'aXbYc', 'a.py', 'py', '.py', ']', '!', '-', '^', '[', 'a[', 'ax', 'cx', 'dx', '\\', 'a*', 'a\\b', '&', 'z', 'y', 'zz', 'xay', 'x-y', '*', '?', 'A', 'a\nb', 'aab', 'ba', 'cab']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*a*'), fnmatch.fnmatch('FILE.PY', '*.PY'), fnmatch.fnmatch('f.py', '*.PY'), fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.translate('*a*b*'), fnmatch.translate('a*b*c*d'), fnmatch.translate('*a*b*'), sorted(fnmatch.__all__))
import random
rng = random.Random(1)
alphabet = 'ab*?[]!-c'
bad = 0
for _ in range(20000):
    p = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 7)))
    n = ''.join(rng.choice('abc-!]') for _ in range(rng.randrange(0, 6)))
    import re
    want = re.match(fnmatch.translate(p), n) is not None
    if fnmatch.fnmatchcase(n, p) != want:
        bad += 1
        print('mismatch', repr(p), repr(n))
print('bad', bad)

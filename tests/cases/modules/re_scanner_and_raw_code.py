# Pattern.scanner() steps (match refuses an empty match where the last one ended, as search
# does) and _sre.compile over code words given directly: checked, "invalid SRE code" when
# they could not run.
import re
import _sre

for pat, s in [('a*', 'aab'), ('a*|b', 'aab'), ('', 'ab'), ('x*', ''), (r'\b', 'ab cd')]:
    sc = re.compile(pat).scanner(s)
    print(pat, 'match', [m and m.span() for m in (sc.match() for _ in range(6))])
    sc = re.compile(pat).scanner(s)
    print(pat, 'search', [m and m.span() for m in (sc.search() for _ in range(6))])
sc = re.compile(r'\d').scanner('a1b22', 1, 4)
print(sc.pattern.pattern, [m and m.group() for m in iter(sc.search, None)])


def raw(code, groups=0):
    try:
        p = _sre.compile('x', 0, code, groups, {}, (None,) * (groups + 1))
        return ('ok', p.match('x') is not None, p.search('yx') is not None)
    except Exception as e:
        return (type(e).__name__, str(e))


for code, groups in [([1], 0), ([17, 0, 1], 0), ([17, 2, 1], 1), ([16], 0), ([16, 120], 0),
                     ([16, 120, 1], 0), ([99, 1], 0), ([15, 5, 1], 0), ([13, 100, 0, 1], 0),
                     ([], 0), ([14, 4, 0, 1, 1, 16, 120, 1], 0),
                     ([24, 6, 1, 2, 16, 120, 1, 1], 0), ([24, 6, 1, 2, 16, 120, 0, 1], 0),
                     ([7, 5, 16, 120, 15, 6, 5, 16, 121, 15, 2, 0, 1], 0),
                     ([7, 5, 16, 120, 15, 1, 5, 16, 121, 15, 2, 0, 1], 0),
                     ([7, 5, 16, 120, 15, 7, 5, 16, 121, 15, 2, 0, 1], 0)]:
    print(code, raw(code, groups))

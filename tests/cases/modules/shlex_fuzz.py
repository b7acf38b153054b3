# shlex: pseudo-random inputs through split, the shlex class in all modes, quote/join round trips.
import shlex

state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

alpha = ["a", "b", "é", " ", "  ", "\t", "\n", "'", '"', "\\", "#", ";", "&", "|", "(", ")", "<", ">", "-", ".", "*", "=", "~", "$", "1", "x y"]
for i in range(600):
    s = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(14)))
    out = []
    for posix in (True, False):
        for pc in (False, True, "|&"):
            for ws in (False, True):
                for comments in ("", "#"):
                    try:
                        lx = shlex.shlex(s, posix=posix, punctuation_chars=pc)
                        lx.whitespace_split = ws
                        lx.commenters = comments
                        out.append(list(lx))
                    except ValueError as e:
                        out.append(str(e))
    print(repr(s), out)
    q = shlex.quote(s)
    assert shlex.split(q) == [s], (s, q)
    print("  ", q, shlex.join([s, s[:3]]))

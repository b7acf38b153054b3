# fnmatch: pseudo-random patterns and names, translate() text and match results.
import fnmatch

state = 777
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

palph = "ab*?[]!-^\\c."
nalph = "abc-]![^."
for i in range(1500):
    p = "".join(palph[rnd(len(palph))] for _ in range(rnd(9)))
    names = ["".join(nalph[rnd(len(nalph))] for _ in range(rnd(6))) for _ in range(12)]
    print(repr(p), fnmatch.translate(p), "".join("1" if fnmatch.fnmatchcase(n, p) else "0" for n in names),
          fnmatch.filter([n.encode() for n in names], p.encode()) == [n.encode() for n in names if fnmatch.fnmatchcase(n, p)])

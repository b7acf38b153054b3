import difflib, random, zlib
r = random.Random(7)
def rnd_seq(alpha, lo, hi):
    return ''.join(r.choice(alpha) for _ in range(r.randrange(lo, hi)))
acc = []
for trial in range(400):
    alpha = r.choice(['ab', 'abc', 'abcdefg', 'ab \t'])
    a = rnd_seq(alpha, 0, 30); b = rnd_seq(alpha, 0, 30)
    junk = r.choice([None, lambda c: c == ' ', lambda c: c in 'b'])
    sm = difflib.SequenceMatcher(junk, a, b, autojunk=r.random() < .5)
    acc.append(repr((a, b, sm.get_matching_blocks(), sm.get_opcodes(), sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(), list(sm.get_grouped_opcodes(r.randrange(0, 4))), sm.find_longest_match(), sm.find_longest_match(min(2, len(a)), min(9, len(a)), min(1, len(b)), min(7, len(b))))))
print(zlib.crc32('\n'.join(acc).encode()))
print(acc[3])
# autojunk with long sequences
acc = []
for trial in range(30):
    a = rnd_seq('abcdefghij', 150, 400); b = rnd_seq('abcdefghijklmnopqrstuvwxyz'[:r.randrange(3, 26)], 190, 450)
    for aj in (True, False):
        sm = difflib.SequenceMatcher(None, a, b, autojunk=aj)
        acc.append(repr((sorted(sm.bpopular), sm.get_opcodes(), sm.ratio())))
print(zlib.crc32('\n'.join(acc).encode()))
# line diffs
words = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', '\n', '#\n', 'alpha beta\n', 'alpha  bet\n', '\tgamma x\n', 'gamma y\n']
acc = []
for trial in range(300):
    a = [r.choice(words) for _ in range(r.randrange(0, 14))]
    b = [r.choice(words) for _ in range(r.randrange(0, 14))]
    n = r.randrange(0, 4)
    u = list(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'd1', '', n=n))
    c = list(difflib.context_diff(a, b, 'a.txt', 'b.txt', '', 'd2', n=n))
    nd = list(difflib.ndiff(a, b, linejunk=r.choice([None, difflib.IS_LINE_JUNK])))
    assert list(difflib.restore(nd, 1)) == a and list(difflib.restore(nd, 2)) == b
    acc.append(''.join(u) + ''.join(c) + ''.join(nd))
print(zlib.crc32('\n'.join(acc).encode()))
print(acc[5]); print(acc[17])

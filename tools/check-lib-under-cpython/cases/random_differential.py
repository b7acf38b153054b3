import random, itertools, heapq, bisect, posixpath, textwrap, string, operator
from collections import Counter
rng = random.Random(11)
out = []
# posixpath on random paths
parts = ['', '/', 'a', 'b', '.', '..', '//', 'c.d', '.e', 'f.', 'g..h', '...']
for _ in range(3000):
    p = ''.join(rng.choice(parts) for _ in range(rng.randrange(6)))
    q = ''.join(rng.choice(parts) for _ in range(rng.randrange(4)))
    r = [posixpath.normpath(p), posixpath.split(p), posixpath.splitext(p), posixpath.basename(p), posixpath.dirname(p), posixpath.join(p, q), posixpath.isabs(p)]
    try:
        r.append(posixpath.relpath(p or '.', q or '/'))
    except ValueError as e:
        r.append(str(e))
    try:
        r.append(posixpath.commonpath([p or '.', q or '.']))
    except ValueError as e:
        r.append(str(e))
    r.append(posixpath.commonprefix([p, q]))
    out.append(r)
print(hash(repr(out)) if False else len(out), out[::97])
# heapq with ties: compare exact object identity ordering
class K:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, other): return self.k < other.k
    def __repr__(self): return '%d%s' % (self.k, self.tag)
for trial in range(50):
    items = [K(rng.randrange(5), chr(97 + i % 26)) for i in range(rng.randrange(30))]
    h = []
    for it in items:
        if rng.random() < 0.7: heapq.heappush(h, it)
        elif h: heapq.heappushpop(h, it)
    snapshot = list(h)
    heapq.heapify(items)
    popped = [heapq.heappop(h) for _ in range(len(h) // 2)]
    if h: heapq.heapreplace(h, K(2, 'z'))
    print(snapshot, items, popped, h, heapq.nsmallest(3, items), heapq.nlargest(3, items, key=lambda x: x.k))
    print(list(heapq.merge(sorted(items[:10], key=lambda x: x.k), sorted(items[10:], key=lambda x: x.k), key=lambda x: x.k)))
# itertools with random arguments
for _ in range(300):
    data = [rng.randrange(4) for _ in range(rng.randrange(8))]
    r = rng.randrange(4)
    print(list(itertools.combinations(data, r)), list(itertools.permutations(data, r))[:10], list(itertools.combinations_with_replacement(data, r))[:10],
          list(itertools.accumulate(data, operator.mul)), [(k, list(g)) for k, g in itertools.groupby(data)], list(itertools.islice(data, rng.randrange(5), rng.randrange(5, 9), rng.randrange(1, 3))),
          list(itertools.compress(data, data)), list(itertools.zip_longest(data, data[1:], fillvalue=-1)), list(itertools.pairwise(data)), list(itertools.product(data[:3], repeat=2))[:5])
# bisect
a = sorted(rng.randrange(20) for _ in range(30))
print([(bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect_left(a, x, 3, 20), bisect.bisect_right(a, x, lo=5)) for x in range(-1, 22)])
# Counter arithmetic
for _ in range(100):
    c1 = Counter({k: rng.randrange(-3, 4) for k in 'abcde' if rng.random() < 0.7})
    c2 = Counter({k: rng.randrange(-3, 4) for k in 'abcde' if rng.random() < 0.7})
    c3 = c1.copy(); c3 += c2; c4 = c1.copy(); c4 -= c2; c5 = c1.copy(); c5 |= c2; c6 = c1.copy(); c6 &= c2
    print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +c1, -c1, c3, c4, c5, c6, c1 == c2, c1 <= c2, c1 < c2, c1.most_common(2), c1.total(), sorted(c1.elements()))
# textwrap on random text
words = ['a', 'bb', 'ccc', 'long-hyphenated-word', 'x--y', 'end.', 'Mr.', 'tab\there', 'supercalifragilistic', '', ' ', '\n']
for _ in range(300):
    text = ' '.join(rng.choice(words) for _ in range(rng.randrange(20)))
    w = rng.randrange(1, 30)
    kw = dict(break_long_words=rng.random() < 0.8, break_on_hyphens=rng.random() < 0.7, drop_whitespace=rng.random() < 0.8, fix_sentence_endings=rng.random() < 0.3)
    if rng.random() < 0.3:
        kw['max_lines'] = rng.randrange(1, 4)
    try:
        print(textwrap.wrap(text, w, **kw), textwrap.shorten(text, max(w, 8)) if text.strip() else '')
    except ValueError as e:
        print('ValueError', e)
# string.Formatter on random format strings
f = string.Formatter()
pieces = ['{', '}', '{}', '{0}', '{1!r}', '{a}', '{:>4}', '{0:{1}}', 'x', '{{', '}}', '!', ':', '[', ']', '{a[0]}', '{0.real}']
for _ in range(2000):
    s = ''.join(rng.choice(pieces) for _ in range(rng.randrange(5)))
    try:
        res = f.format(s, 5, 3, a=[9])
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        res = type(e).__name__ + ': ' + str(e)
    try:
        parsed = list(f.parse(s))
    except ValueError as e:
        parsed = str(e)
    print(repr(s), repr(res), parsed)

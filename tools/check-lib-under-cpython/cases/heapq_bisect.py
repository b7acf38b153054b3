import heapq, bisect, random
rng = random.Random(5)
data = [rng.randrange(50) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
h2 = list(data); heapq.heapify(h2); print(h2)
print(heapq.heapreplace(h2, 7), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 100), h2)
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x), heapq.nsmallest(1, []), heapq.nlargest(0, data), heapq.nsmallest(100, [3, 1]))
pairs = [(x % 5, i) for i, x in enumerate(data)]
print(heapq.nlargest(4, pairs, key=lambda p: p[0]), heapq.nsmallest(4, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(['a', 'bb'], ['c', 'ddd'], key=len)), list(heapq.merge()))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0])))
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
mh = [3, 1, 4, 1, 5, 9, 2, 6]; heapq._heapify_max(mh); print(mh, heapq._heappop_max(mh), heapq._heapreplace_max(mh, 0), mh)
a = sorted(data)
print([bisect.bisect_left(a, x) for x in (0, 10, 25, 49, 50)], [bisect.bisect_right(a, x) for x in (0, 10, 25, 49, 50)], bisect.bisect(a, 10, 3, 20))
bisect.insort(a, 10); bisect.insort_left(a, 11); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)

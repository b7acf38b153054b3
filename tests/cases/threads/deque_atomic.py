# collections.deque from several threads: appends and pops are atomic, so with 4 producers
# and 4 consumers every item is taken exactly once (both ends, both directions).
import threading
from collections import deque

N = 20_000
PRODUCERS = 4
CONSUMERS = 4


def run(put_name, take_name):
    d = deque()
    produced = threading.Event()
    taken = [[] for _ in range(CONSUMERS)]

    def produce(tag):
        put = getattr(d, put_name)
        for i in range(N):
            put((tag, i))

    def consume(mine):
        take = getattr(d, take_name)
        while True:
            try:
                mine.append(take())
            except IndexError:
                if produced.is_set() and not d:
                    return

    consumers = [threading.Thread(target=consume, args=(taken[i],)) for i in range(CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(t,)) for t in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    produced.set()
    for t in consumers:
        t.join()
    everything = [x for mine in taken for x in mine]
    print(put_name, take_name, len(everything), len(d))
    print('each taken once:', len(set(everything)) == len(everything) == PRODUCERS * N)
    expected = {(t, i) for t in range(PRODUCERS) for i in range(N)}
    print('all taken:', set(everything) == expected)
    # A consumer sees each producer's items in production order (FIFO) or in reverse (LIFO
    # only between pushes; so only the FIFO case is checked).
    if (put_name, take_name) in (('append', 'popleft'), ('appendleft', 'pop')):
        in_order = True
        for mine in taken:
            last = {}
            for tag, i in mine:
                if last.get(tag, -1) >= i:
                    in_order = False
                last[tag] = i
        print('per-producer order kept:', in_order)


run('append', 'popleft')
run('appendleft', 'pop')
run('append', 'pop')
run('appendleft', 'popleft')

# A bounded deque shared by writers: its length never passes maxlen and the survivors are
# the newest items of some writer.
b = deque(maxlen=100)


def writer(tag):
    for i in range(N):
        b.append((tag, i))


ws = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print('bounded', len(b), b.maxlen, all(isinstance(x, tuple) for x in b))

# rotate and extend from several threads keep every item.
r = deque(range(1000))


def spin(k):
    for _ in range(2000):
        r.rotate(k)
        r.extend([r.popleft()])


ts = [threading.Thread(target=spin, args=(k,)) for k in (1, -3, 7, 11)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rotate keeps items:', sorted(r) == list(range(1000)))

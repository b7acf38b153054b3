import random
from collections import deque
rng = random.Random(3)
for maxlen in (None, 5, 40):
    d = deque(maxlen=maxlen)
    log = []
    for step in range(20000):
        op = rng.randrange(14)
        try:
            if op == 0: d.append(step)
            elif op == 1: d.appendleft(step)
            elif op == 2: log.append(d.pop())
            elif op == 3: log.append(d.popleft())
            elif op == 4: d.extend(range(rng.randrange(5)))
            elif op == 5: d.extendleft(range(rng.randrange(5)))
            elif op == 6: d.rotate(rng.randrange(-7, 8))
            elif op == 7: d.insert(rng.randrange(-3, len(d) + 3), -step)
            elif op == 8: d.remove(rng.randrange(5))
            elif op == 9: log.append(d[rng.randrange(-len(d) - 1, len(d) + 1)])
            elif op == 10: del d[rng.randrange(-len(d) - 1, len(d) + 1)]
            elif op == 11: d[rng.randrange(-len(d) - 1, len(d) + 1)] = step
            elif op == 12: log.append((d.count(2), 3 in d, d.index(step - 1) if (step - 1) in d else None))
            elif op == 13 and rng.random() < 0.05: d.reverse()
        except (IndexError, ValueError) as e:
            log.append((type(e).__name__, str(e)))
        if step % 1000 == 0:
            log.append(list(d)); log.append(list(reversed(d))); log.append(len(d))
    print(maxlen, len(log), log[-30:], d, d == deque(d), d.copy())

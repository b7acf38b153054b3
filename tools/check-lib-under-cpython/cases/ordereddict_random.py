import random
from collections import OrderedDict
rng = random.Random(7)
od = OrderedDict()
log = []
for step in range(20000):
    op = rng.randrange(11)
    k = rng.randrange(60)
    try:
        if op == 0: od[k] = step
        elif op == 1: del od[k]
        elif op == 2: log.append(od.pop(k, None))
        elif op == 3 and od: log.append(od.popitem(last=False))
        elif op == 4 and od: log.append(od.popitem())
        elif op == 5: od.move_to_end(k)
        elif op == 6: od.move_to_end(k, last=False)
        elif op == 7: log.append(od.setdefault(k, -step))
        elif op == 8: od.update({k: step, k + 1: step})
        elif op == 9 and rng.random() < 0.01: od.clear()
        elif op == 10: log.append(next(iter(od), None))
    except KeyError as e:
        log.append(('KeyError', e.args))
    if step % 997 == 0:
        log.append(list(od.items())); log.append(list(reversed(od)))
print(len(log), log[-50:], list(od.items()), od == OrderedDict(od), od.copy() == od, repr(od)[:200])

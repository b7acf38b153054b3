# The gc module's interface: thresholds, counts, tracking rules, referents and referrers,
# callbacks, DEBUG_SAVEALL, freeze, stats, and argument errors.
import gc

gc.collect()
print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()), len(gc.get_count()))

# tracking: atoms never; containers yes; dicts only once they hold a container; tuples of
# atoms are untracked by a collection
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(3.5))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(gc))
d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
print("dict of atoms", gc.is_tracked(d))
d["b"] = []
print("dict with a list", gc.is_tracked(d))
t = (1, 2, "x")
t2 = ([],)
print("tuples before collect", gc.is_tracked(t), gc.is_tracked(t2))
gc.collect()
print("tuples after collect", gc.is_tracked(t), gc.is_tracked(t2))


class C:
    pass


c = C()
print("instance", gc.is_tracked(c), "class", gc.is_tracked(C))

# referents and referrers
inner = [1, 2]
outer = [inner, "s"]
print(gc.get_referents(outer) == ["s", inner])
print(any(r is outer for r in gc.get_referrers(inner)))
print(gc.get_referents(1, "x"))
print(any(o is outer for o in gc.get_objects()))

# callbacks
phases = []


def cb(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(phases)

# DEBUG_SAVEALL keeps what it finds in gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
a.append(a)
del a
n = gc.collect()
print(n, len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()

# freeze moves everything to the permanent generation
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0] < 50)
gc.unfreeze()
print(gc.get_freeze_count())

stats = gc.get_stats()
print(len(stats), sorted(stats[0]), all(s["collections"] >= 0 for s in stats))

# is_finalized
class F:
    def __del__(self):
        pass


f = F()
print(gc.is_finalized(f))
f.__del__()
print(gc.is_finalized(f))

for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.get_objects(5),
            lambda: gc.is_tracked(), lambda: gc.enable(1), lambda: gc.set_threshold()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

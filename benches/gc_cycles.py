# Allocation churn with reference cycles: pairs of instances that point at each other and
# lists that contain themselves, dropped at once and left to the cycle collector; then
# three rounds of 1,000,000 objects in cycles built with the collector off, dropped, and
# freed by one gc.collect() (peak RSS shows whether the memory is reused between rounds;
# each round also checks that the resident size is back within 16 MiB of where it started).
import gc


def rss_mib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None


def churn(n):
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a
        l = [a, b]
        l.append(l)
        t = (i, a)
        total += a.v + b.v + len(l) + len(t)
    return total


def build(n):
    keep = []
    for i in range(n // 4):
        a = Node(i)
        b = Node(i)
        a.peer = b
        b.peer = a
        x = [i]
        y = [x]
        x.append(y)
        keep.append(a)
        keep.append(x)
    return keep


gc.collect()
print(churn(200000))
gc.collect()
start = rss_mib()
for r in range(3):
    gc.disable()
    keep = build(1000000)
    del keep
    found = gc.collect()
    gc.enable()
    print(r, found >= 1000000, rss_mib() - start < 16)

# Set operations: add, discard, membership, union, intersection, difference with ints and strings.
def main():
    seen = set()
    dupes = 0
    for i in range(3000000):
        v = (i * 7919) % 150001
        if v in seen:
            dupes += 1
        else:
            seen.add(v)
    a = set(range(0, 100000, 2))
    b = set(range(0, 100000, 3))
    sizes = 0
    for _ in range(250):
        sizes += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    names = {f"user{i}" for i in range(20000)}
    found = 0
    for i in range(0, 1500000, 2):
        if f"user{i}" in names:
            found += 1
    for i in range(0, 20000, 4):
        names.discard(f"user{i}")
    frozen = frozenset(range(1000))
    subsets = sum(1 for i in range(200000) if {i, i + 1} <= frozen)
    print("dupes", dupes, "seen", len(seen), "sizes", sizes, "found", found, "names", len(names), "subsets", subsets)


main()

# Dict operations: insert, lookup, update, delete, iteration, get/setdefault with str and int keys.
def main():
    words = [f"w{i % 5000}" for i in range(400000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    index = {}
    for i, w in enumerate(words):
        index.setdefault(w, []).append(i)
    squares = {i: i * i for i in range(400000)}
    total = 0
    for rep in range(30):
        for i in range(0, 800000, 2):
            total += squares.get(i, rep)
    for i in range(0, 400000, 3):
        del squares[i]
    for k, v in squares.items():
        total ^= k + v
    merged = {}
    for j in range(600):
        merged.update({f"w{(i * j) % 7919}": i for i in range(200)})
    shared = 0
    for _ in range(300):
        for k in counts:
            if k in merged:
                shared += merged[k] & 7
    print("distinct", len(counts), "lists", len(index["w42"]), "total", total, "left", len(squares),
          "merged", len(merged), "shared", shared)


main()

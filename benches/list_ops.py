# List operations: append, pop, insert, indexing, slicing, reversing, extend, membership.
def main():
    data = []
    for i in range(1500000):
        data.append(i * 7 % 1000)
    total = 0
    for i in range(len(data)):
        total += data[i]
    stack = []
    for x in data:
        stack.append(x)
        if x % 3 == 0:
            stack.pop()
    window = 0
    for i in range(0, len(data) - 10, 5):
        window += sum(data[i:i + 10])
    rev = data[::-1]
    copies = 0
    for _ in range(100):
        tmp = data[:]
        tmp.reverse()
        copies += tmp[0]
    queue = list(range(2000))
    rotated = 0
    for _ in range(100000):
        queue.insert(0, queue.pop())
        rotated += queue[0]
    hits = sum(1 for x in range(0, 1000, 37) if x in data)
    nested = [[i, i + 1] for i in range(500000)]
    flat = []
    for pair in nested:
        flat.extend(pair)
    print("total", total, "stack", len(stack), "window", window, "rev", rev[0], "copies", copies,
          "rotated", rotated, "hits", hits, "flat", len(flat), sum(flat[::1000]))


main()

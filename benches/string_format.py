# String building and formatting: f-strings with specs, %-formatting, str.format, join, repeated concatenation.
def main():
    parts = []
    for i in range(600000):
        parts.append(f"{i:05d}|{i * 0.5:.2f}|{i:x}")
    joined = ",".join(parts)
    pct = []
    for i in range(600000):
        pct.append("%d-%s-%.3f" % (i, "k", i / 7))
    fmt = []
    for i in range(400000):
        fmt.append("{0}:{1:>8}:{2:<4}".format(i, "r", i % 10))
    built = ""
    for i in range(500000):
        built += str(i % 10)
    table = "\n".join(" | ".join(f"{r * c:4}" for c in range(10)) for r in range(8000))
    checksum = len(joined) + sum(map(len, pct)) + sum(map(len, fmt)) + len(built) + len(table)
    print("checksum", checksum, joined[-20:], pct[-1], fmt[-1], table[-14:])


main()

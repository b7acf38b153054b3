# String operations: split, join, replace, find, case changes, strip, slicing, startswith, counting.
def main():
    text = " ".join(f"Word{i} value={i * 3} end." for i in range(2000))
    total = 0
    for _ in range(800):
        parts = text.split()
        total += len(parts)
        upper = text.upper()
        total += upper.count("WORD")
        replaced = text.replace("value", "v")
        total += len(replaced)
        total += text.find("Word1999")
    lines = [f"  line {i}: {'x' * (i % 20)}  " for i in range(20000)]
    stripped = 0
    for _ in range(300):
        for line in lines:
            s = line.strip()
            if s.startswith("line 1"):
                stripped += len(s)
            stripped += s.endswith("x")
    chars = 0
    s = "abcdefghijklmnopqrstuvwxyz" * 40
    for i in range(0, len(s), 3):
        chars += ord(s[i]) + len(s[i:i + 5])
    pal = 0
    for i in range(500000):
        t = str(i)
        if t == t[::-1]:
            pal += 1
    print("total", total, "stripped", stripped, "chars", chars, "palindromes", pal)


main()

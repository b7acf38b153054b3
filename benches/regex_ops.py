# Regular expressions: compiling once, then search/findall/sub/split over a generated log text.
import re

lines = []
for i in range(20000):
    lines.append(f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} host{i % 17}.example.com "
                 f"user{i % 101}@mail{i % 7}.org GET /path/{i}/item?id={i * 7} "
                 f"status={200 + i % 5 * 100} time={i % 997}ms")
text = "\n".join(lines)
date = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
email = re.compile(r"[\w.]+@([\w]+)\.org")
status = re.compile(r"status=(\d+)")
word = re.compile(r"\b[a-z]+\d+\b")
total = 0
for _ in range(6):
    total += len(date.findall(text))
    total += sum(1 for m in email.finditer(text) if m.group(1) == "mail3")
    total += sum(int(s) for s in status.findall(text)) % 1000
    total += len(word.sub("W", text))
    total += len(re.split(r"\s+", text[:200000]))
    for line in lines[:5000]:
        m = re.search(r"time=(\d+)ms", line)
        if m and int(m.group(1)) > 500:
            total += 1
print(total)

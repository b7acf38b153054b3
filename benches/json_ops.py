# json: encode and decode a few MB of nested records (dumps compact and indented, loads), print a checksum.
import json


def build(n):
    seed = 7
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        records.append({
            "id": i,
            "name": "user%d" % (seed % 100000),
            "email": "u%d@example.com" % i,
            "score": (seed % 10000) / 37.0,
            "active": seed % 3 == 0,
            "tags": ["t%d" % (seed % 17), "caf\u00e9", "x" * (seed % 9)],
            "address": {"street": "%d Main St" % (seed % 999), "zip": "%05d" % (seed % 99999), "geo": [seed % 180 - 90.5, seed % 360 - 180.25]},
            "notes": None if seed % 5 else "line\nwith \"quotes\" and \\ slashes",
        })
    return records


data = build(18000)
total = 0
for _ in range(3):
    text = json.dumps(data)
    back = json.loads(text)
    total += len(text) + len(back)
pretty = json.dumps(data, indent=2, sort_keys=True)
total += len(pretty) + len(json.loads(pretty))
raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
total += len(json.loads(raw))
print(total, back == data, back[123]["address"]["geo"])

# str.format with repeated and many different templates (the template cache and its eviction), keywords, format_map and bad templates.
for i in range(30):
    t = "{0}:{1:>8}:{2:<4}" if i % 3 else "{}-{}" if i % 2 else "{a}/{b!r}/{0}"
    try:
        print(t.format(i, "r", i % 10, a=i, b="x") if "{a}" in t else t.format(i, "r", i % 10))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(("v" + str(i % 20) + " {}").format(i))
for t, a, kw in [("{x}", (), {}), ("{0} {x}", (1,), {}), ("{", (), {}), ("{:{w}}", (3,), {"w": 5}), ("{0[1]} {0.real}", ([4, 5],), {})]:
    try:
        print(repr(t.format(*a, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
print("{name}".format_map({"name": "m"}))

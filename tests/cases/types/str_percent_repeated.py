# %-formatting with the same and with many different format strings (the parsed-format cache and its eviction), bad formats included.
fmts = ["%d-%s-%.3f", "%(a)s %(b)d", "%5.1f|%-6s|%+d", "%%%s%%", "%c%c", "%x %o %X %#x", "%s"]
for i in range(40):
    f = fmts[i % len(fmts)] if i < 20 else "pct %d #" + str(i % 18)
    try:
        if "(a)" in f:
            print(f % {"a": i, "b": i * 2})
        elif f.startswith("%c"):
            print(f % (65 + i % 26, "z"))
        elif f == "%s":
            print(f % ((i,),))
        elif f.count("%") - 2 * f.count("%%") == 1:
            print(f % i)
        else:
            print(f % (i, "k", i / 7) if f.startswith("%d") else f % (i / 3, "ab", i) if f.startswith("%5") else f % (i, i, i, i))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["%", "%(x", "%z", "abc %y"]:
    try:
        print(bad % (1,))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

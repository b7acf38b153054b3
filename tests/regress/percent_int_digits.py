# %-formatting of ints: magnitudes that fit a machine word are printed without bignum
# arithmetic, larger ones with it; every radix, flag and sign.
for v in (0, 7, -7, 255, -255, 2**63 - 1, 2**63, -2**63, 2**64 - 1, 2**64, -2**70, True, False):
    print("%d|%5x|%-6o|%#X|%+d|%08d|%.3d|%x|%#o|% d" % (v, v, v, v, v, v, v, v, v, v))
print("%d-%s-%.3f" % (12, "k", 12 / 7), "%(a)05d %(b).2f" % {"a": -3, "b": 2.675})

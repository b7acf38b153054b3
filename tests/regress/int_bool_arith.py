# BINARY_OP's int fast path also takes bools: int results, except bool & | ^ bool, which stay
# bools; overflow and errors still go the general way.
vals = [True, False, 0, 1, -7, 255, 256, 2**62, -(2**63), 2**70]
ops = ["+", "-", "*", "&", "|", "^", "%", "//", "<<", ">>", "/", "**"]
for a in vals:
    for b in (True, False):
        for x, y in ((a, b), (b, a)):
            row = []
            for op in ops:
                try:
                    r = eval(f"x {op} y")
                    row.append(f"{r!r}:{type(r).__name__}")
                except Exception as e:
                    row.append(type(e).__name__)
            print(repr(x), repr(y), " ".join(row))
total = 0
for s in ("ax", "b", "cx"):
    total += s.endswith("x")
print(total, type(total).__name__)

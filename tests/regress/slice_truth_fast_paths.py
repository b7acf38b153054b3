# List slices with step 1 are copied in one go; ints are tested for truth inline in
# conditional jumps. Every edge of both.
data = list(range(10))
for s in (slice(None), slice(2, 5), slice(-3, None), slice(5, 2), slice(20, 30),
          slice(-20, 3), slice(3, -20), slice(None, None, 2), slice(8, 1, -3)):
    print(s, data[s])
print(data[:0], data[10:], data[0:10:1])
empty = []
print(empty[:], empty[1:2])


class Sub(int):
    def __bool__(self):
        print("Sub.__bool__")
        return False


for v in (0, 1, -1, 2**64, True, False, Sub(5), 0.0, "", "x", None):
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
    if not v:
        print(repr(v), "not")
n = 7
while n:
    n -= 3 if n > 2 else 1
print(n)

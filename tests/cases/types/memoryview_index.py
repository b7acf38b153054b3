# memoryview indexing, slicing, iteration and length.


def attempt(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.tolist(), r.shape, r.strides)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b"abcdefgh")
for i in [0, 1, 7, -1, -8]:
    print(i, m[i])
attempt(lambda: m[8])
attempt(lambda: m[-9])
attempt(lambda: m[2**70])
attempt(lambda: m[-2**70])
attempt(lambda: m["a"])
attempt(lambda: m[1.0])
attempt(lambda: m[None])
attempt(lambda: m[...])
attempt(lambda: m[()])
attempt(lambda: m[0,])
attempt(lambda: m[0, 0])
attempt(lambda: m[:, :])
attempt(lambda: m[True])


class Idx:
    def __index__(self):
        return 3


print(m[Idx()])
attempt(lambda: m[Idx(), ])

# slices share memory and stay views
for s in [slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -1),
          slice(6, 1, -2), slice(5, 2), slice(100, 200), slice(-3, None),
          slice(1, None, 3), slice(None, None, -3)]:
    v = m[s]
    print(s, v.tolist(), v.shape, v.strides, v.nbytes, v.c_contiguous,
          v.contiguous, bytes(v), v.obj is m.obj)
attempt(lambda: m[::0])
attempt(lambda: m["a":])
print(m[1:][1:][1:].tolist(), m[::-1][::-1].tolist(), m[::2][::-1].tolist())
print(m[7:2:-1][1:3].tolist())
print(m[::-1][0], m[::-1][-1], m[1::3][-1])

# empty reversed slices are not contiguous
e = m[3:3:-1]
print(e.tolist(), e.strides, e.c_contiguous, e.contiguous)

# iteration
print(list(m), list(m[::3]), list(memoryview(b"")))
print([x for x in m[::-2]])
print(list(reversed(m[:3])), 98 in m, 200 in m, b"b" in m)
print(len(m), len(m[2:]), len(m[::3]), len(m[5:1]))
print(sum(memoryview(bytes(range(10)))))
print(max(m), min(m), sorted(m[::-1])[:3])
print(list(enumerate(m[:2])))

# items of a bytearray view track the bytearray
ba = bytearray(b"xyz")
v = memoryview(ba)
ba[0] = 65
print(v[0], v.tolist())

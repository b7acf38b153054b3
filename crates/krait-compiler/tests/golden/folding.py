a = -1, 2 ** 10, 1 << 3, "ab" * 3, 1 + 2j, not 0, (1, (2, 3)), 2 ** 200
if x in [1, 2, 3] and y not in {4, 5}:
    pass
for i in [a, b]:
    pass
assert __debug__, "msg"
while True:
    if x is None:
        break

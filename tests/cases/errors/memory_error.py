# Impossible allocations raise MemoryError or OverflowError instead of crashing.
for label, action in [("list", lambda: [0] * (1 << 60)), ("str", lambda: "x" * (1 << 62)), ("bytes", lambda: b"ab" * (1 << 62)),
                      ("bytearray", lambda: bytearray(1 << 62)), ("tuple", lambda: (1, 2) * (1 << 61)),
                      ("list huge", lambda: [None] * (2 ** 63)), ("range list", lambda: list(range(1 << 62)))]:
    try:
        action()
        print(label, "succeeded?")
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except OverflowError as e:
        print(label, "OverflowError", e)
print("survived")
x = [0] * (1 << 60)

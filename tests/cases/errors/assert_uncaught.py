# A failing assert with a message, uncaught.
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n


print(check(1))
check(-2)

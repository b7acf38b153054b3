# Unbounded recursion: RecursionError with the repeated-lines summary in the traceback.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)


def count_down(n):
    return n if n == 0 else count_down(n - 1)


print(count_down(500))
forever(0)

def outer(n):
    count = 0
    def inner(x):
        nonlocal count
        count += x
        return count + n
    return inner, lambda y=n: y * count

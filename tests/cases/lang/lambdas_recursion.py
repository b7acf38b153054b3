# Lambdas and recursion, including mutual recursion and recursion through closures.
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(square(7), compose(square, lambda x: x + 1)(3))
print(sorted(["ccc", "a", "bb"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: (yield))().__class__.__name__)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


print(permutations([1, 2, 3]))
import sys

depth = 0


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(900), sys.getrecursionlimit())

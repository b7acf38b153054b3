# Integer loops: arithmetic, comparisons, bit operations and modulo in tight while/for loops.
def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > longest:
            longest = steps
            best = start
    return best, longest


def sieve_count(limit):
    flags = [True] * limit
    count = 0
    i = 2
    while i < limit:
        if flags[i]:
            count += 1
            j = i * i
            while j < limit:
                flags[j] = False
                j += i
        i += 1
    return count


def main():
    acc = 0
    for i in range(2400000):
        acc = (acc + i * i) % 1000003
        acc ^= i & 0xFF
    print("collatz", collatz_steps(240000), "primes", sieve_count(1200000), "acc", acc)


main()

# Comprehensions: list, dict, set comprehensions and generator expressions, nested and filtered.
def main():
    total = 0
    for r in range(1500):
        squares = [x * x for x in range(10000) if x % 3]
        total += len(squares) + squares[-1]
        mapping = {x: x % 17 for x in range(3000)}
        total += sum(mapping.values())
        uniq = {x % 251 for x in range(5000)}
        total += len(uniq)
        matrix = [[i * j for j in range(30)] for i in range(30)]
        total += sum(row[r % 30] for row in matrix)
        pairs = [(a, b) for a in range(40) for b in range(a) if (a + b) % 7 == 0]
        total += len(pairs)
    print("total", total)


main()

# Sorting with keys: sort and sorted with lambdas, itemgetter, tuples, reverse, stability, strings.
import operator


def main():
    seed = 12345
    records = []
    for i in range(60000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        records.append((f"name{seed % 1000}", seed % 97, seed % 1000003))
    checksum = 0
    for _ in range(10):
        by_score = sorted(records, key=lambda r: r[2])
        by_name = sorted(records, key=operator.itemgetter(0, 1))
        by_neg = sorted(records, key=lambda r: (-r[1], r[0]), reverse=True)
        checksum += by_score[0][2] + by_name[-1][1] + by_neg[0][1]
    nums = [r[2] for r in records]
    for _ in range(15):
        copy = nums[:]
        copy.sort()
        copy.sort(reverse=True)
        checksum += copy[100]
    words = [r[0] for r in records]
    words.sort(key=len)
    words.sort(key=str.upper)
    print("checksum", checksum, words[0], words[-1])


main()

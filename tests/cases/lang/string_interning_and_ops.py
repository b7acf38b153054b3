# String building idioms and their results: +=, join, multiplication, slicing copies, immutability.
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = ["x"] * 3
print("".join(parts), "-".join(parts), parts)
big = "ab" * 1000
print(len(big), big[:6], big[-3:], big.count("ab"), big[999:1003])
t = big
t += "!"
print(len(big), len(t), big is not t)
print("abc"[:] == "abc", "abc"[::-1], "abc" * 0 == "", "a" + "b" * 3 + "c")
lines = []
for row in range(3):
    lines.append(" ".join(f"{row * col:2d}" for col in range(4)))
print("\n".join(lines))
words = "the quick brown fox".split()
print(" ".join(reversed(words)), " ".join(w.capitalize() for w in words), "".join(w[0] for w in words))
print(str.join(",", ["a", "b"]), str.upper("x"), "{}{}".format(*"ab"), "%s%s" % tuple("cd"))
table = {ord(c): c.upper() for c in "aeiou"}
print("education".translate(table))
print(sorted("banana"), "".join(sorted(set("banana"))), "banana".replace("a", "", 2))

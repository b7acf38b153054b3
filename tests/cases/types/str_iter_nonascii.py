# Iterating a long non-ASCII str is linear (each step was a scan from the start), and an
# iterator restored with __setstate__ resumes at the right character.
s = "é日本語x" * 100000
print(len(set(s)), sum(1 for _ in s), "".join(list(s)[-5:]), max(s), min(s))
it = iter("aé日b本")
next(it)
print(next(it), next(it))
it.__setstate__(4)
print(list(it), it.__reduce__()[0].__name__)
it = iter("aé日b本")
it.__setstate__(1)
print(next(it), list(it), it.__length_hint__())
it = iter("aé日")
it.__setstate__(10)
print(list(it))
print([c for c in "ÀÉ\U0001F600z"], list(reversed("ÀÉ\U0001F600z")))

# str search methods: find/rfind/index/rindex/count/startswith/endswith/in, with start/end.
s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("z"), s.rfind(""))
print(s.index("quick"), s.rindex("o"), s.count("the"), s.count("o", 20), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"), s.endswith(("x", "nd"), 0, 51))
print(s.endswith("dog", 0, 42), s.startswith(""), "".startswith(""), "abc".startswith("abcd"))
try:
    s.startswith(["the"])
except TypeError as e:
    print(e)
print("fox" in s, "Fox" in s, "" in s, s.find("o", -10), s.find("the", -100, -5))
print("héllo wörld".find("ö"), "日本語日本".rfind("日本"), "abcabc".index("c", 3))
print("mississippi".count("ss"), "mississippi".count("i", 5, -1), "mississippi".replace("ss", "SS", 1))
try:
    s.count(5)
except TypeError as e:
    print(e)

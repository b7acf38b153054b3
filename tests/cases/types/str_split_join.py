# str split/rsplit/splitlines/partition/rpartition/join.
print("a,b,,c".split(","), "a b  c ".split(), "  a  b  ".split(" "), "a,b,c".split(",", 1), "".split(), "".split(","))
print("a,b,c".rsplit(",", 1), " x  y  z ".rsplit(None, 1), "a-b-c".rsplit("-"), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour\x0bfive\x1csix\u2028seven".splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("a\nb\n".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print(e)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(5))), "ab".join("123"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
print("1\t2\t3".split("\t"), "a  b".split(" ", 5), "a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2))
print("x".join({"a": 1, "b": 2}), "|".join(("p", "q")))
print("one two\u3000three\xa0four".split())

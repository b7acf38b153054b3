# str predicates: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii.
samples = ["123", "١٢٣", "½", "²", "abc", "ABC", "Abc Def", "abc123", "", " \t\n", "héllo", "Hello World", "hello_world",
           "_private", "2bad", "class", "a b", "\x00", "日本", "ⅷ", "ǅ", "A1", "1.5", "-1"]
methods = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
           "isidentifier", "isprintable", "isascii"]
print(" " * 12, " ".join(m[2:6] for m in methods))
for s in samples:
    flags = " ".join(("T" if getattr(s, m)() else ".").center(4) for m in methods)
    print(f"{s!r:12} {flags}")
import keyword

print(keyword.iskeyword("class"), "class".isidentifier())

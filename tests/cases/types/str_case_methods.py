# str case methods: upper, lower, title, capitalize, swapcase, casefold, and their Unicode behaviour.
samples = ["hello world", "HELLO World", "they're bill's friends", "ßtraße", "ǆemal", "İstanbul", "ﬁne", "123abc DEF", "", "a1b2 c3"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("MiXeD".lower() == "mixed", "Σ".lower(), "ΌΣΟΣ".lower(), "ÉCOLE".lower())
print("hello"[0].upper() + "hello"[1:], "x".upper().isupper(), "A".islower())

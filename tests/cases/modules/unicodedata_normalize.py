# normalize and is_normalized: fixed strings in all four forms, every character that takes
# part in normalization on its own, and seeded random mixes of them, in both databases.
import hashlib
import random
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
fixed = [
    "", "abc", "caf\u00e9", "cafe\u0301", "\u00c5\u212b\u0041\u030a", "\ufb01ne \u2460\u00bd",
    "\u1e9b\u0323", "\u0071\u0307\u0323", "a\u0301\u0300b\u0327", "\u0041\u0316\u0300\u0041",
    "\u1100\u1161\u11a8", "\uac00\u11a8", "\u1100\u1176", "\u1100\u1161\u11a7", "\u1100\u0300\u1161",
    "\ud55c\uad6d\uc5b4", "\u1b05\u0316\u1b35", "\u1b05\u1b35", "\u0f71\u0f72", "\u0f73",
    "\u0b47\u0300\u0b3e", "\u2126\u212a", "\uff76\uff9e", "\u3300", "\ufdfa", "\u0344",
    "\U0001d15e\U0001d165", "\U0002f868", "\uf951", "\u00e9\u0301\u0301", "\u0958",
    "\u1e0a\u0323", "\u01c4\u00bd\u2075", "x\u0345\u0314\u0301",
]
for s in fixed:
    for f in FORMS:
        print(f, ascii(s), ascii(ud.normalize(f, s)), ud.is_normalized(f, s),
              ascii(ud.ucd_3_2_0.normalize(f, s)))

pool = [i for i in range(0x30000)
        if not 0xD800 <= i < 0xE000 and (ud.decomposition(chr(i)) or ud.combining(chr(i)))]
pool += list(range(0x1100, 0x1200, 3)) + list(range(0xAC00, 0xAD00, 7)) + [0x41, 0x61, 0x20]
print(len(pool))
for db, tag in ((ud, "14.0"), (ud.ucd_3_2_0, "3.2")):
    for f in FORMS:
        out = [db.normalize(f, chr(c)) for c in pool]
        text = "\0".join(out)
        print(tag, f, hashlib.sha256(text.encode()).hexdigest()[:32],
              sum(1 for c in pool if not db.is_normalized(f, chr(c))))

rng = random.Random(1234)
samples = ["".join(chr(rng.choice(pool)) for _ in range(rng.randrange(1, 9)))
           for _ in range(1500)]
for db, tag in ((ud, "14.0"), (ud.ucd_3_2_0, "3.2")):
    for f in FORMS:
        out = [db.normalize(f, s) for s in samples]
        print(tag, f, hashlib.sha256("\0".join(out).encode()).hexdigest()[:32],
              sum(map(db.is_normalized, [f] * len(samples), samples)))

# Round trips: each form is idempotent, and the composed forms of the decomposed ones agree.
ok = 0
for s in samples:
    nfd, nfkd = ud.normalize("NFD", s), ud.normalize("NFKD", s)
    ok += (ud.normalize("NFD", nfd) == nfd and ud.normalize("NFC", nfd) == ud.normalize("NFC", s)
           and ud.normalize("NFKC", nfkd) == ud.normalize("NFKC", s)
           and ud.is_normalized("NFC", ud.normalize("NFC", s)))
print("round trips", ok, len(samples))

# format()/str.format/f-strings of ints: word-sized magnitudes printed without bignum digits,
# larger ones with them; every presentation type, sign, grouping and alternate form.
for v in (0, 5, -5, 255, -4096, 2**63 - 1, 2**63, -2**63, 2**64 - 1, 2**64, -2**70, True):
    print(f"{v:b}|{v:#o}|{v:x}|{v:#X}|{v:+d}|{v:,}|{v:_x}|{v:>12}|{v:^+12}|{v:012d}|{v:n}|{v:c}"
          if 0 <= v < 0x110000 else
          f"{v:b}|{v:#o}|{v:x}|{v:#X}|{v:+d}|{v:,}|{v:_x}|{v:>12}|{v:^+12}|{v:012d}|{v:n}")
print("{0}:{1:>8}:{2:<4}".format(123456, "r", 7), format(-17, "08b"), format(10**30, ","))

# list/tuple/str/bytes + or * a user object: the right operand's reflected method goes first.
class R:
    def __radd__(self, other):
        return ("radd", type(other).__name__)

    def __rmul__(self, other):
        return ("rmul", type(other).__name__)


class Declines:
    def __radd__(self, other):
        return NotImplemented


for left in ([0], (0,), "s", b"b", bytearray(b"x")):
    print(left + R(), left * R())
for f in (lambda: [0] + Declines(), lambda: (1,) + Declines(), lambda: "a" + Declines(),
          lambda: [0] + 5, lambda: [0] * 2.5):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


class L(list):
    pass


print([1] + L([2]), L([1]) + [2], [1] * 2, "ab" * 2, 2 * (1,))
print(L([0]) + R(), L([0]) * R())


class Idx:
    def __index__(self):
        return 2


print([1] * Idx(), Idx() * "ab", b"x" * True)
lst = [0]
alias = lst
lst += R()
print(lst, alias)
lst = [0]
alias = lst
lst += (1, 2)
lst *= 2
print(lst, lst is alias)
for stmt in ("x = [0]; x += 5", "x = [0]; x *= 2.5", "x = 'a'; x += 1", "x = (1,); x *= 'x'",
             "x = b''; x += 'x'", "x = [0] * 'x'", "x = 'x' * [0]", "x = (1,) * R()"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except TypeError as e:
        print(stmt, "->", e)
for direct in ("'a'.__add__(R())", "[0].__add__(R())", "'a'.__mul__(R())", "b'a'.__add__(R())",
               "[0].__mul__(1.5)", "(1,).__rmul__('x')"):
    try:
        print(eval(direct))
    except TypeError as e:
        print(direct, "->", e)

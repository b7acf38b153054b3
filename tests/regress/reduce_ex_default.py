# object.__reduce_ex__: an overridden __reduce__ wins; otherwise copyreg's reductions.
import copy


class Plain:
    def __init__(self):
        self.items = [1, 2]


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 10,))


p = Plain()
r = p.__reduce_ex__(4)
print(r[0].__name__, r[1][0] is Plain, r[2])
r0 = p.__reduce_ex__(0)
print(r0[0].__name__, r0[1], r0[2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c.items is p.items, d.items == p.items, d.items is not p.items)
print(Reduced(2).__reduce_ex__(4)[1], copy.copy(Reduced(3)).v)

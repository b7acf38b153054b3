# del of names, attributes, items and slices; NameError and AttributeError after del.
a = 1
del a
try:
    a
except NameError as e:
    print(e)


class O:
    pass


o = O()
o.x = 1
del o.x
try:
    o.x
except AttributeError as e:
    print(e)
try:
    del o.nothing
except AttributeError as e:
    print(e)
lst = list(range(8))
del lst[1:3]
del lst[-1]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print(e)
d = {1: "a"}
try:
    del d[2]
except KeyError as e:
    print(repr(e))


def f():
    local = 1
    del local
    return "local" in locals()


print(f())
try:
    del undefined_global
except NameError as e:
    print(e)
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "str"
try:
    s[0] = "S"
except TypeError as e:
    print(e)

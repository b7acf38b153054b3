# __del__ timing under reference counting: del, rebinding, leaving a function, container removal.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


a = Noisy("a")
del a
print("after del a")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding b")


def scope():
    local = Noisy("local")
    print("leaving scope")


scope()
print("after scope")
items = [Noisy("in-list")]
items.pop()
print("after pop")
d = {"k": Noisy("in-dict")}
d["k"] = None
print("after dict overwrite")
x = Noisy("shared")
y = x
del x
print("still referenced by y")
del y
print("now gone")


def make_temp():
    return Noisy("temp")


make_temp()
print("temporary discarded")


last = Noisy("at exit")
print("end of program")

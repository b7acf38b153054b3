# A non-data descriptor whose __get__ raises AttributeError falls back to __getattr__, also
# when the attribute is loaded for a method call (the cached LOAD_METHOD path) and on repeated
# executions of the same call site.
class D:
    def __get__(self, obj, owner):
        raise AttributeError("from get")


class C:
    m = D()

    def __getattr__(self, name):
        return lambda: "hook " + name


class NoHook:
    m = D()


c = C()
for _ in range(3):
    print(c.m())
    print(callable(c.m))

n = NoHook()
for _ in range(2):
    try:
        n.m()
    except AttributeError as e:
        print("AttributeError:", e)

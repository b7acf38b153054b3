# A __getattribute__ override without __getattr__: its own AttributeError propagates as raised.
class Forward:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, "_t"), name)


class Target:
    x = 1


f = Forward(Target())
print(f.x)
for get in (lambda: f.missing, lambda: getattr(f, "missing")):
    try:
        get()
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(f, "missing", "default"), hasattr(f, "missing"))


class Custom:
    def __getattribute__(self, name):
        raise AttributeError("custom message for " + name)


try:
    Custom().anything
except AttributeError as e:
    print(e)


class WithHook(Custom):
    def __getattr__(self, name):
        return "hook:" + name


print(WithHook().anything)

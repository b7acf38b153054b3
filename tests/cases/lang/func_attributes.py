# Function metadata: __name__, __qualname__, __doc__, __defaults__, __code__ attributes, __module__, __dict__.
def outer(a, b=1, *args, c=2, **kw):
    """Outer doc."""
    x = 1

    def inner(y):
        return x + y

    return inner


inner = outer(0)
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(inner.__name__, inner.__qualname__, inner.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__module__)
code = outer.__code__
print(code.co_name, code.co_filename, code.co_argcount, code.co_kwonlyargcount)
print(code.co_varnames)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
print(inner.__code__.co_freevars, code.co_cellvars)


class K:
    def method(self):
        pass

    class Nested:
        def deep(self):
            pass


print(K.method.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
outer.custom = "attr"
print(outer.__dict__)
print(callable(outer), type(outer).__name__)
inner.__name__ = "renamed"
print(inner.__name__, inner.__qualname__)


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)
print(outer.__annotations__)


def annotated(a: int, b: "str" = "x") -> list:
    pass


print(annotated.__annotations__)

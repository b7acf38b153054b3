"""Module docstring: __name__, __doc__ and friends in the main module."""
import sys


def documented():
    """Function docstring.

    Second paragraph.
    """


class Documented:
    """Class docstring."""

    def method(self):
        "Method docstring."


print(__name__)
print(__doc__)
print(documented.__doc__)
print(Documented.__doc__, Documented.method.__doc__, Documented().method.__doc__)
print(__file__, __spec__, __package__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__))
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sorted(k for k in globals() if k.startswith("__")))
print(__loader__.__class__.__name__ if __loader__ else None)
if __name__ == "__main__":
    print("running as a script")
print(type(sys.modules["__main__"]).__name__)

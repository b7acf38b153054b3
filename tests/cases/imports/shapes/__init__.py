"""The shapes package: runs once on first import."""
print("shapes/__init__ running, __name__ =", __name__, "__package__ =", __package__)
from .circle import Circle
from . import square

DEFAULT_SIDES = 0

# Packages with __init__.py: import order, submodules, attributes, sys.modules caching, import forms.
import sys

import shapes
import shapes
from shapes import Circle, square
import shapes.solid.cube as cube
from shapes.solid import inherited_default, Circle as SolidCircle

print(Circle(1).area(), square.area(3), cube.volume(2), inherited_default, SolidCircle is Circle)
print(shapes.__name__, shapes.__package__, shapes.square.__name__, shapes.solid.__package__, cube.__name__)
print(shapes.__file__, shapes.square.__file__, shapes.__path__[0] if False else len(shapes.__path__))
print(shapes.__doc__, type(shapes).__name__, hasattr(shapes, "circle"), hasattr(shapes.solid, "cube"))
print(sorted(m for m in sys.modules if m.startswith("shapes")))
print(sys.modules["shapes"] is shapes, shapes.__spec__.name, shapes.__spec__.parent, cube.__spec__.parent)
import importlib

again = importlib.import_module("shapes.square")
print(again is square, importlib.import_module(".circle", "shapes").Circle is Circle)
reloaded = importlib.reload(square)
print(reloaded is square)
m = __import__("shapes.solid.cube")
print(m is shapes, __import__("shapes.solid.cube", fromlist=["volume"]) is cube)

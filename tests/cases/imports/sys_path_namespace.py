# sys.path manipulation, namespace packages (no __init__.py), star import of a package whose __all__ names submodules.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "extra_path"))
import pathmod

print(pathmod.ORIGIN, pathmod.__name__)
sys.path.append(os.path.join(here, "nsroot"))
import nspkg.leaf

print(nspkg.leaf.LEAF, nspkg.__file__, list(nspkg.__path__) == [os.path.join(here, "nsroot", "nspkg")], type(nspkg.__path__).__name__)
from plainpkg import *

print(VERSION, api.call(), "unlisted" in dir(), "_internal" in dir())
import plainpkg

print(sorted(k for k in vars(plainpkg) if not k.startswith("__")))
import plainpkg.unlisted as alias

print(alias.UNLISTED, alias is sys.modules["plainpkg.unlisted"], plainpkg.unlisted is alias)
del sys.modules["pathmod"]
import pathmod as again

print(again is not pathmod, again.ORIGIN == pathmod.ORIGIN)

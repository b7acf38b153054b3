# importlib: find_spec, spec_from_file_location + module_from_spec, util.resolve_name, importing __main__ itself.
import importlib
import importlib.util
import os
import sys

print(importlib.util.find_spec("json").name, importlib.util.find_spec("no_such_mod_xyz"), importlib.util.find_spec("shapes").submodule_search_locations is not None)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "byfile", "loose_module.py")
spec = importlib.util.spec_from_file_location("loose_alias", path)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, hasattr(mod, "hello"))
spec.loader.exec_module(mod)
print(mod.hello(), mod.LOADED_FROM, "loose_alias" in sys.modules)
print(importlib.util.resolve_name(".x", "pkg.sub"), importlib.util.resolve_name("..y", "pkg.sub"))
import __main__

print(__main__.__name__, __main__ is sys.modules[__name__], __main__.mod is mod)
json = importlib.import_module("json")
print(json.dumps([1]), importlib.import_module("os.path").join("a", "b"))
print(type(sys.meta_path).__name__, len(sys.meta_path) > 0, type(sys.path_hooks).__name__)

# runpy.run_path (file, directory with __main__.py) and run_module (run_name, init_globals, alter_sys, errors).
import os
import runpy
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "runpy_pkgs"))
path_before = list(sys.path)
argv_before = list(sys.argv)

ns = runpy.run_module("rp_pkg.mod", init_globals={"GIVEN": 1})
print(ns["__name__"], ns["VALUE"], ns["__file__"].rsplit("/", 2)[-2:], ns["__package__"], ns["__loader__"] is not None)
ns = runpy.run_module("rp_pkg.mod", run_name="custom", alter_sys=True)
print(ns["__name__"], "custom" in sys.modules, sys.argv == argv_before)
ns = runpy.run_module("rp_pkg")
print(ns["__name__"], ns["__spec__"].name)
print(ns["__spec__"].parent, ns["__spec__"].origin.rsplit("/", 2)[-2:])
ns = runpy.run_path(os.path.join(here, "runpy_pkgs", "rp_pkg", "mod.py"))
print(ns["__name__"], ns["__package__"], ns["__spec__"], ns["__loader__"], ns["__file__"].rsplit("/", 1)[-1])
ns = runpy.run_path(os.path.join(here, "runpy_pkgs", "rp_pkg", "mod.py"), run_name="a.b", init_globals={"GIVEN": "yes"})
print(ns["__name__"], ns["__package__"])
ns = runpy.run_path(os.path.join(here, "runpy_pkgs", "rp_dir"), run_name="__main__")
print(ns["__name__"], ns["__spec__"].name, sys.path == path_before, "helper_in_dir" in sys.modules)
for bad in ["no_such_module_xyz", "no_such_pkg_xyz.mod", ".relative", "rp_pkg.missing", "rp_pkg.mod.py", "rp_pkg.__main__.x"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
for bad in [os.path.join(here, "runpy_pkgs", "rp_nomain"), os.path.join(here, "runpy_pkgs", "missing.py")]:
    try:
        runpy.run_path(bad)
    except (ImportError, OSError) as e:
        print(type(e).__name__, str(e).replace(here, "HERE"))
print(sys.path == path_before, sys.argv == argv_before)

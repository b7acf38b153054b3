# ImportError and ModuleNotFoundError messages; a failing module is not left in sys.modules.
import sys

for stmt in ["import no_such_module", "import errpkg.no_such", "import no_such.sub", "from errpkg import no_such_name",
             "from math import no_such_function", "import errpkg.raises", "import errpkg.toplevel_relative",
             "import sys.path_nonexistent"]:
    try:
        exec(stmt)
    except ModuleNotFoundError as e:
        print(f"{stmt}: ModuleNotFoundError: {e} | name={e.name}")
    except ImportError as e:
        print(f"{stmt}: ImportError: {e} | name={e.name}")
    except RuntimeError as e:
        print(f"{stmt}: RuntimeError: {e}")
print("errpkg.raises" in sys.modules, "errpkg" in sys.modules)
try:
    import errpkg.raises
except RuntimeError as e:
    print("second import runs it again:", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print(e)
import importlib

try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)

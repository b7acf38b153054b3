"""Run a module or a script as if it were the main program (Krait's own implementation of
CPython's runpy API).

Krait has no importlib, so this module finds modules itself, following the order of Krait's
import system (see docs/internals/imports.md): built-in modules, then each path entry in turn,
where an entry is the embedded standard library, a directory, or something an importer
accepts (a zip file).
"""

import sys
import os
import _imp
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import spec_from_file_location

__all__ = ["run_module", "run_path"]

# The sys.path entry that stands for the standard library compiled into the binary.
_EMBEDDED_LIB = "/usr/lib/krait3.11"


class _Error(Exception):
    """A failure _run_module_as_main reports as a message and exit status, not a traceback."""


# Finders: one per kind of path entry, each with find_spec(fullname) -> spec or None.

class _EmbeddedLoader:
    """Loads a module of the embedded standard library from its source text."""

    def __init__(self, fullname, source, is_package):
        self.name = fullname
        self._source = source
        self._is_package = is_package

    def get_filename(self, fullname=None):
        relative = self.name.replace(".", "/")
        tail = "/__init__.py" if self._is_package else ".py"
        return _EMBEDDED_LIB + "/" + relative + tail

    def is_package(self, fullname):
        return self._is_package

    def get_source(self, fullname):
        return self._source

    def get_code(self, fullname):
        return compile(self._source, self.get_filename(), "exec")

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class _EmbeddedFinder:
    def find_spec(self, fullname, target=None):
        found = _imp.get_frozen_source(fullname)
        if found is None:
            return None
        source, is_package = found
        loader = _EmbeddedLoader(fullname, source, is_package)
        origin = loader.get_filename()
        places = [origin.rpartition("/")[0]] if is_package else None
        return spec_from_file_location(fullname, origin, loader=loader,
                                       submodule_search_locations=places)


class _DirFinder:
    """Finds NAME.py or the package NAME/__init__.py in one directory."""

    def __init__(self, directory):
        self.directory = directory

    def find_spec(self, fullname, target=None):
        last = fullname.rpartition(".")[2]
        base = os.path.join(self.directory or os.curdir, last)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init, submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            return spec_from_file_location(fullname, base + ".py")
        return None


class _BuiltinLoader:
    """Built-in modules have no code object to run."""

    @staticmethod
    def get_code(fullname):
        return None


def _finder_for(entry):
    """The finder for a sys.path entry, or None when nothing can import from it."""
    if entry == _EMBEDDED_LIB:
        return _EmbeddedFinder()
    if not entry or os.path.isdir(entry):
        return _DirFinder(entry)
    return _importer_for(entry)


def _importer_for(entry):
    """An importer for a non-directory entry, as the import system picks it: the cache, then
    sys.path_hooks, then zipimport."""
    cache = sys.path_importer_cache
    if entry in cache:
        return cache[entry]
    chosen = None
    for hook in sys.path_hooks:
        try:
            chosen = hook(entry)
            break
        except ImportError:
            continue
    if chosen is None and os.path.exists(_existing_prefix(entry) or ""):
        import zipimport
        try:
            chosen = zipimport.zipimporter(entry)
        except ImportError:
            chosen = None
    if chosen is not None:
        cache[entry] = chosen
    return chosen


def _existing_prefix(path):
    """The longest leading part of path that exists, when it is a file (app.zip/pkg -> app.zip)."""
    while path:
        if os.path.exists(path):
            return path if os.path.isfile(path) else None
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    return None


def _builtin_spec(fullname):
    return ModuleSpec(fullname, _BuiltinLoader(), origin="built-in")


def _search(fullname, entries):
    if "." not in fullname and _imp.is_builtin(fullname):
        return _builtin_spec(fullname)
    for entry in entries:
        finder = _finder_for(entry)
        if finder is None:
            continue
        spec = finder.find_spec(fullname)
        if spec is not None:
            return spec
    return None


def _find_spec(fullname):
    """importlib.util.find_spec: the spec of a module already imported, else a fresh search
    (importing the parent package first)."""
    present = sys.modules.get(fullname, _MISSING)
    if present is None:
        return None
    if present is not _MISSING:
        try:
            spec = present.__spec__
        except AttributeError:
            raise ValueError("{}.__spec__ is not set".format(fullname)) from None
        if spec is None:
            if "." not in fullname and _imp.is_builtin(fullname):
                # Krait's built-in modules carry no spec; describe them as CPython would.
                return _builtin_spec(fullname)
            raise ValueError("{}.__spec__ is None".format(fullname))
        if spec.loader is not None or spec.submodule_search_locations is not None:
            return spec
        # Imported by Krait's native import, which records no loader: look it up again.
    parent_name = fullname.rpartition(".")[0]
    if not parent_name:
        return _search(fullname, sys.path)
    parent = __import__(parent_name, fromlist=["__path__"])
    try:
        places = parent.__path__
    except AttributeError as missing:
        raise ModuleNotFoundError(
            "__path__ attribute not found on {!r} while trying to find {!r}".format(
                parent_name, fullname), name=fullname) from missing
    return _search(fullname, places)


_MISSING = object()


# Running code.

class _TempModule:
    """Puts a fresh module under a name in sys.modules for the duration of a with block."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved = _MISSING

    def __enter__(self):
        self._saved = sys.modules.get(self.mod_name, _MISSING)
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._saved is _MISSING:
            sys.modules.pop(self.mod_name, None)
        else:
            sys.modules[self.mod_name] = self._saved
        self._saved = _MISSING


class _ModifiedArgv0:
    """Sets sys.argv[0] for the duration of a with block."""

    def __init__(self, value):
        self.value = value
        self._saved = _MISSING

    def __enter__(self):
        if self._saved is not _MISSING:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc_info):
        sys.argv[0] = self._saved
        self._saved = _MISSING


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Execute code in run_globals after setting the module attributes; returns run_globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, filename, cached = None, script_name, None
    else:
        loader, filename, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals["__name__"] = mod_name
    run_globals["__file__"] = filename
    run_globals["__cached__"] = cached
    run_globals["__doc__"] = None
    run_globals["__loader__"] = loader
    run_globals["__package__"] = pkg_name
    run_globals["__spec__"] = mod_spec
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None,
                     mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """_run_code in a temporary module registered in sys.modules, with sys.argv[0] set;
    returns a copy of its globals."""
    argv0 = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(argv0):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _import_parent(mod_name, pkg_name):
    try:
        __import__(pkg_name)
    except ImportError as failure:
        # Only a missing parent is tolerated here; find_spec reports it properly.
        missing = failure.name
        if missing is None or (missing != pkg_name and not pkg_name.startswith(missing + ".")):
            raise
    early = sys.modules.get(mod_name)
    if early is not None and not hasattr(early, "__path__"):
        from warnings import warn
        warn(RuntimeWarning(
            "{mod!r} found in sys.modules after import of package {pkg!r}, but prior to "
            "execution of {mod!r}; this may result in unpredictable behaviour".format(
                mod=mod_name, pkg=pkg_name)))


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; a package means its __main__ submodule."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        _import_parent(mod_name, pkg_name)
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as failure:
        text = "Error while finding module specification for {!r} ({}: {})".format(
            mod_name, type(failure).__name__, failure)
        if mod_name.endswith(".py"):
            text += ". Try using '{}' instead of '{}' as the module name.".format(
                mod_name[:-3], mod_name)
        raise error(text) from failure
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as failure:
            if mod_name not in sys.modules:
                raise
            raise error("%s; %r is a package and cannot be directly executed"
                        % (failure, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as failure:
        raise error(format(failure)) from failure
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def _get_main_module_details(error=ImportError):
    """Details of __main__ as found on sys.path (not the running __main__ module)."""
    running = sys.modules.pop("__main__")
    try:
        return _get_module_details("__main__")
    except ImportError as failure:
        if "__main__" in str(failure):
            raise error("can't find %r module in %r" % ("__main__", sys.path[0])) from failure
        raise
    finally:
        sys.modules["__main__"] = running


def _run_module_as_main(mod_name, alter_argv=True):
    """Run a module as the real __main__ (python -m, or a zip/directory given as program)."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, spec, code = _get_main_module_details(_Error)
    except _Error as failure:
        sys.exit("%s: %s" % (sys.executable, failure))
    namespace = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return _run_code(code, namespace, None, "__main__", spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module mod_name found by the import system and return its globals.

    run_name sets __name__ (default: mod_name); with alter_sys, sys.argv[0] and
    sys.modules[run_name] are set while it runs.
    """
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, spec)
    return _run_code(code, {}, init_globals, run_name, spec)


def _get_code_from_file(run_name, fname):
    path = os.path.abspath(os.fsdecode(fname))
    with open(path, "rb") as stream:
        source = stream.read()
    return compile(source, fname, "exec"), fname


def _is_container(path_name):
    """Whether run_path should treat path_name as a directory or archive holding __main__."""
    try:
        path = os.fsdecode(path_name)
    except TypeError:
        return False
    if os.path.isdir(path):
        return True
    return _importer_for(path) is not None if os.path.isfile(path) else False


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script at path_name (or the __main__ module of a directory or zip file) and
    return its globals. run_name sets __name__ (default '<run_path>')."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    if not _is_container(path_name):
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=fname)
    sys.path.insert(0, path_name)
    try:
        mod_name, spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = temp.module.__dict__
            return _run_code(code, namespace, init_globals, run_name, spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass

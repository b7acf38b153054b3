"""Running modules and scripts as programs without importing them first; mirrors CPython
3.11's Lib/runpy.py: run_module() (what `-m` does), run_path() (a script, or a directory or
zip file holding `__main__.py`, as the command line runs one)."""

import sys
import os
import _imp
from _frozen_importlib import ModuleSpec, spec_from_loader
from _frozen_importlib_external import SourceFileLoader, spec_from_file_location

__all__ = ["run_module", "run_path"]

# The sys.path entry standing for the standard library embedded in the interpreter
# (krait_vm::import::LIB_PATH).
_EMBEDDED_LIB = "/usr/lib/krait3.11"


class _EmbeddedLoader:
    """Loader for a module of the embedded standard library."""

    def __init__(self, fullname, source, is_package):
        self.name = fullname
        self._source = source
        self._is_package = is_package
        tail = fullname.replace('.', '/')
        self.path = '%s/%s%s' % (_EMBEDDED_LIB, tail, '/__init__.py' if is_package else '.py')

    def get_filename(self, fullname=None):
        return self.path

    def is_package(self, fullname):
        return self._is_package

    def get_source(self, fullname):
        return self._source

    def get_code(self, fullname):
        return compile(self._source, self.path, 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class _TempModule:
    """Install a fresh module under `mod_name` in sys.modules for the duration of a `with`
    block, then put back whatever was there."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved_module = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved_module.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    """Set sys.argv[0] for the duration of a `with` block."""

    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Run `code` in `run_globals` with the module attributes a run module gets."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name,
                       __file__=fname,
                       __cached__=cached,
                       __doc__=None,
                       __loader__=loader,
                       __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None,
                     mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """_run_code() in a temporary module installed in sys.modules, with sys.argv[0] set to
    the file; return a copy of its globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals,
                  mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _get_importer(entry):
    """The importer for a sys.path entry that is not a plain directory (a zip file), from
    sys.path_importer_cache or sys.path_hooks; None for a directory or nothing usable."""
    try:
        return sys.path_importer_cache[entry]
    except KeyError:
        pass
    importer = None
    for hook in sys.path_hooks:
        try:
            importer = hook(entry)
            break
        except ImportError:
            pass
    else:
        if entry and os.path.isfile(entry):
            import zipimport
            try:
                importer = zipimport.zipimporter(entry)
            except zipimport.ZipImportError:
                importer = None
    if importer is not None:
        sys.path_importer_cache[entry] = importer
    return importer


def _find_in_dir(name, entry):
    base = entry or '.'
    tail = name.rpartition('.')[2]
    init = os.path.join(base, tail, '__init__.py')
    if os.path.isfile(init):
        init = os.path.abspath(init)
        return spec_from_file_location(name, init,
                                       submodule_search_locations=[os.path.dirname(init)])
    path = os.path.join(base, tail + '.py')
    if os.path.isfile(path):
        return spec_from_file_location(name, os.path.abspath(path))
    return None


def _find_spec(name):
    """The spec of module `name` (whose parent package is imported), or None."""
    module = sys.modules.get(name)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is None:
            if name == '__main__':
                raise ValueError('__main__.__spec__ is None')
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent = name.rpartition('.')[0]
    if parent:
        package = __import__(parent, fromlist=['__path__'])
        try:
            search = package.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                "__path__ attribute not found on {!r} while trying to find {!r}".format(
                    parent, name), name=name) from None
        embedded = getattr(package, '__file__', '') or ''
        search = list(search)
        if embedded.startswith(_EMBEDDED_LIB + '/'):
            search.append(_EMBEDDED_LIB)
    else:
        if _imp.is_builtin(name):
            return ModuleSpec(name, None, origin='built-in')
        search = sys.path
    for entry in search:
        if not isinstance(entry, str):
            continue
        if entry == _EMBEDDED_LIB:
            found = _imp.get_frozen_source(name)
            if found is not None:
                loader = _EmbeddedLoader(name, found[0], found[1])
                spec = spec_from_file_location(name, loader.path, loader=loader)
                if found[1]:
                    spec.submodule_search_locations = [os.path.dirname(loader.path)]
                return spec
            continue
        if entry and not os.path.isdir(entry):
            importer = _get_importer(entry)
            if importer is not None and hasattr(importer, 'find_spec'):
                spec = importer.find_spec(name)
                if spec is not None:
                    return spec
            continue
        spec = _find_in_dir(name, entry)
        if spec is not None:
            return spec
    return None


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        # Import the parent first so that its own errors are not taken for "not found".
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and
                                  not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = "{mod_name!r} found in sys.modules after import of " \
                "package {pkg_name!r}, but prior to execution of " \
                "{mod_name!r}; this may result in unpredictable " \
                "behaviour".format(mod_name=mod_name, pkg_name=pkg_name)
            warn(RuntimeWarning(msg))
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        if spec.origin == 'built-in':
            raise error("No code object available for %s" % mod_name)
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def _run_module_as_main(mod_name, alter_argv=True):
    """Run module `mod_name` as the program's __main__ (what `-m` and running a directory or
    zip file do); errors finding it end the program with a message."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it, as module `run_name` (default
    `mod_name`); return the resulting globals. With `alter_sys`, sys.argv[0] and
    sys.modules[run_name] are set while it runs."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    else:
        return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # __main__ is the running program, so look for a new one while it is out of the way.
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" %
                        (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    decoded_path = os.path.abspath(os.fsdecode(fname))
    with open(decoded_path, 'rb') as f:
        code = compile(f.read(), fname, 'exec')
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at `path_name` (a script, or a directory or zip file with a
    `__main__.py`) as module `run_name` (default '<run_path>'); return its globals."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fsdecode(path_name)
    if os.path.isdir(path_name):
        is_container = True
    else:
        is_container = _get_importer(path_name) is not None if os.path.isfile(path_name) \
            else False
    if not is_container:
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=fname)
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
            mod_globals = temp_module.module.__dict__
            return _run_code(code, mod_globals, init_globals,
                             run_name, mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])

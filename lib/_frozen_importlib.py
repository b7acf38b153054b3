"""Module specs: the part of importlib's bootstrap (`importlib.machinery.ModuleSpec`,
`importlib.util.spec_from_loader`, `module_from_spec`) that loaders written in Python need.
Krait's import system itself is native (crates/krait-vm/src/import.rs)."""

import sys


class ModuleSpec:
    """What the import system knows about a module before loading it: its name, loader,
    origin (usually the file), and for a package the places to search for submodules."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(parts))

    def __eq__(self, other):
        locations = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module `loader` will load; a package if `is_package` (or, when not
    given, if loader.is_package(name) says so)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        from _frozen_importlib_external import spec_from_file_location
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    if origin is not None and hasattr(loader, 'get_filename'):
        spec.has_location = True
    return spec


def _init_module_attrs(spec, module):
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def module_from_spec(spec):
    """A new module for `spec` (from loader.create_module() if it makes one), with its
    import-related attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return _init_module_attrs(spec, module)

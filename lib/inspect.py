"""inspect: look into live objects (modules, classes, functions, frames, code) for Krait.

Krait's own implementation of the interface documented for CPython's inspect module. Krait
has no tokenize or ast module, so the end of a def/class block and the line of a class
statement are found by a small scanner of its own (_tokens), which groups source lines into
the tokens tokenize would give (strings, comments, brackets, INDENT/DEDENT, NEWLINE/NL), and
Argument Clinic text signatures are parsed by hand. Signatures (PEP 362) are in
_inspect_signature.py, re-exported here.
"""

__all__ = [
    "ArgInfo", "Arguments", "Attribute", "BlockFinder", "BoundArguments",
    "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED",
    "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS",
    "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars", "EndOfBlock",
    "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback",
    "classify_class_attrs", "cleandoc", "currentframe", "findsource",
    "formatannotation", "formatannotationrelativeto", "formatargvalues",
    "get_annotations", "getabsfile", "getargs", "getargvalues", "getattr_static",
    "getblock", "getcallargs", "getclasstree", "getclosurevars", "getcomments",
    "getcoroutinelocals", "getcoroutinestate", "getdoc", "getfile", "getframeinfo",
    "getfullargspec", "getgeneratorlocals", "getgeneratorstate", "getinnerframes",
    "getlineno", "getmembers", "getmembers_static", "getmodule", "getmodulename",
    "getmro", "getouterframes", "getsource", "getsourcefile", "getsourcelines",
    "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable",
    "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator",
    "isgeneratorfunction", "isgetsetdescriptor", "ismemberdescriptor",
    "ismethod", "ismethoddescriptor", "ismethodwrapper", "ismodule", "isroutine",
    "istraceback", "signature", "stack", "trace", "unwrap", "walktree",
]

import abc
import builtins
import collections.abc
import functools
import linecache
import os
import sys
import types
from collections import namedtuple, OrderedDict
from keyword import iskeyword

# Code object flags (the values of CPython's Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

# Where Krait shares one type between two of CPython's, the name below is None, so that no
# predicate claims an object twice.
_MethodWrapperType = (types.MethodWrapperType
                      if types.MethodWrapperType is not types.BuiltinFunctionType else None)


class _Slotted:
    __slots__ = ('member',)


# The type of __slots__ members: types.MemberDescriptorType, unless that is the getset
# type (function attributes, where types takes it from, are getsets in Krait).
_MemberDescriptorType = (type(_Slotted.__dict__['member'])
                         if types.MemberDescriptorType is types.GetSetDescriptorType
                         else types.MemberDescriptorType)
del _Slotted

_MISSING = object()     # "no value" marker where None is a valid value


# ------------------------------------------------------------------ annotations
def _annotation_namespaces(obj):
    """(annotations, globals, locals, object whose __wrapped__ chain gives globals) for
    get_annotations, or a TypeError for an object that has no annotations at all."""
    if isinstance(obj, type):
        # Only the class's own annotations: a base's must not show through.
        own = obj.__dict__.get('__annotations__', None)
        if isinstance(own, types.GetSetDescriptorType):
            own = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        module_ns = getattr(module, '__dict__', None)
        return own, module_ns, dict(vars(obj)), obj
    if isinstance(obj, types.ModuleType):
        return getattr(obj, '__annotations__', None), getattr(obj, '__dict__', None), None, None
    if callable(obj):
        return (getattr(obj, '__annotations__', None), getattr(obj, '__globals__', None),
                None, obj)
    raise TypeError(f"{obj!r} is not a module, class, or callable.")


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a module, class or callable); with eval_str, the
    string annotations are evaluated in the namespaces obj was defined in, or the given ones."""
    found, obj_globals, obj_locals, start = _annotation_namespaces(obj)
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found or not eval_str:
        return dict(found)
    if start is not None:
        # Decorated functions and partials: the innermost function knows the globals.
        while True:
            if hasattr(start, '__wrapped__'):
                start = start.__wrapped__
            elif isinstance(start, functools.partial):
                start = start.func
            else:
                break
        if hasattr(start, '__globals__'):
            obj_globals = start.__globals__
    ns_globals = obj_globals if globals is None else globals
    ns_locals = obj_locals if locals is None else locals
    result = {}
    for key, value in found.items():
        result[key] = eval(value, ns_globals, ns_locals) if isinstance(value, str) else value
    return result


# ------------------------------------------------------------------ predicates
def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method of a Python function."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Whether object is a method-like descriptor: its type has __get__ but no __set__,
    and it is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    # Only __set__ counts here: a type with __get__ and __delete__ is both kinds.
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Whether object is a data descriptor (its type defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    """Whether object is a __slots__ member descriptor."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor of a type implemented in the runtime."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Whether object is a Python function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _code_has_flag(obj, flag):
    """Whether obj, seen through bound methods and then partials, is a function whose
    code has flag set."""
    while ismethod(obj):
        obj = obj.__func__
    while isinstance(obj, functools.partial):
        obj = obj.func
    if not (isfunction(obj) or _looks_like_function(obj)):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether obj is a generator function."""
    return _code_has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is a coroutine function (async def)."""
    return _code_has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return _code_has_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Whether object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine made by an async def function."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether object can be used in an await expression."""
    if isinstance(object, (types.CoroutineType, collections.abc.Awaitable)):
        return True
    # A generator made into a coroutine by types.coroutine.
    return isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)


def istraceback(object):
    """Whether object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a built-in function or a bound built-in method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether object is a method-wrapper (a slot bound to an instance)."""
    return _MethodWrapperType is not None and isinstance(object, _MethodWrapperType)


def isroutine(object):
    """Whether object is any kind of function or method."""
    for test in (isbuiltin, isfunction, ismethod, ismethoddescriptor, ismethodwrapper):
        if test(object):
            return True
    return False


def isabstract(object):
    """Whether object is an abstract base class that cannot be instantiated yet."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    if not issubclass(type(object), abc.ABCMeta):
        return False
    abstracts = getattr(object, '__abstractmethods__', _MISSING)
    if abstracts is not _MISSING:
        return bool(abstracts)
    # Called while ABCMeta.__new__ is still building the class (from __init_subclass__):
    # look for abstract methods by hand, defined here or left over from a base.
    if any(getattr(value, '__isabstractmethod__', False) for value in object.__dict__.values()):
        return True
    inherited = {name for base in object.__bases__
                 for name in getattr(base, '__abstractmethods__', ())}
    return any(getattr(getattr(object, name, None), '__isabstractmethod__', False)
               for name in inherited)


# ------------------------------------------------------------------ members
def _dynamic_class_attribute_names(cls):
    """Names of DynamicClassAttributes in cls's direct bases (dir() leaves them out)."""
    names = []
    for base in getattr(cls, '__bases__', ()):
        for name, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute):
                names.append(name)
    return names


def _collect_members(obj, predicate, fetch):
    search_dicts = ()
    names = dir(obj)
    if isclass(obj):
        search_dicts = [klass.__dict__ for klass in (obj,) + getmro(obj)]
        names.extend(_dynamic_class_attribute_names(obj))
    members = []
    seen = set()
    for name in names:
        value = _MISSING
        if name not in seen:
            try:
                value = fetch(obj, name)
            except AttributeError:
                pass
        if value is _MISSING:
            # A name dir() lists but attribute access refuses (or a repeat): take the raw
            # class dict entry if there is one, else leave the name out.
            for mapping in search_dicts:
                if name in mapping:
                    value = mapping[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            members.append((name, value))
        seen.add(name)
    members.sort(key=lambda item: item[0])
    return members


def getmembers(object, predicate=None):
    """All (name, value) attribute pairs of object, sorted by name, optionally only those
    for which predicate(value) is true."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, but looks attributes up with getattr_static: no descriptor or
    __getattr__ code runs."""
    return _collect_members(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _attribute_kind(name, raw, value):
    """(kind, object) for classify_class_attrs from a class dict entry and the attribute."""
    # __new__ is always static; a runtime type keeps it as a method descriptor in Krait.
    if name == '__new__' and isinstance(raw, types.MethodDescriptorType):
        return 'static method', value
    if isinstance(raw, (staticmethod, types.BuiltinFunctionType)):
        return 'static method', raw
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return 'class method', raw
    if isinstance(raw, property):
        return 'property', raw
    if isroutine(value):
        return 'method', value
    return 'data', value


def _furthest_source(cls, name, value, own_mro, meta_mro):
    """The last class along cls's MRO whose attribute name is value, or else the last
    metaclass whose __getattr__ hook produces it; None if neither."""
    source = None
    for klass in own_mro:
        if getattr(klass, name, None) is value:
            source = klass
    for klass in meta_mro:
        hook = getattr(klass, '__getattr__', None)
        if hook is None:
            continue
        try:
            produced = hook(cls, name)
        except AttributeError:
            continue
        if produced is value:
            source = klass
    return source


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name in dir(cls); kind is
    'class method', 'static method', 'property', 'method' or 'data'."""
    own_mro = (cls,) + getmro(cls)
    meta_mro = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    result = []
    done = set()
    for name in dir(cls) + _dynamic_class_attribute_names(cls):
        value = _MISSING
        # A repeated name (a DynamicClassAttribute dir() also lists) is classified again
        # from the class dicts alone, as CPython does.
        if name != '__dict__' and name not in done:
            try:
                value = getattr(cls, name)
            except Exception:
                pass
        owner = None
        if value is not _MISSING:
            owner = getattr(value, '__objclass__', None)
            if owner not in own_mro:
                owner = _furthest_source(cls, name, value, own_mro, meta_mro)
        raw = None
        for klass in own_mro + meta_mro:
            if name in klass.__dict__:
                raw = klass.__dict__[name]
                if owner not in meta_mro:
                    owner = klass
                break
        if owner is None:
            continue
        kind, shown = _attribute_kind(name, raw, raw if value is _MISSING else value)
        result.append(Attribute(name, kind, owner, shown))
        done.add(name)
    return result


def getmro(cls):
    """cls's method resolution order, cls first."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain from func (as functools.wraps leaves it) to its end, or
    to the first function for which stop(function) is true; ValueError on a cycle."""
    current = func
    seen = {id(current)}
    limit = sys.getrecursionlimit()
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(current))
    return current


# ------------------------------------------------------------------ getattr_static
_type_dict = type.__dict__['__dict__'].__get__
_type_mro = type.__dict__['__mro__'].__get__


def _static_mro(klass):
    return _type_mro(klass)


def _own_dict_entry(owner, attr):
    """owner's class __dict__ entry for attr, or _MISSING."""
    try:
        return _type_dict(owner).get(attr, _MISSING)
    except TypeError:
        return _MISSING


def _shadowing_dict(klass):
    """A '__dict__' entry along klass's MRO that is not the usual getset (so the instance
    dict cannot be read without running code), or _MISSING."""
    for entry in _static_mro(klass):
        candidate = _own_dict_entry(entry, '__dict__')
        if candidate is _MISSING:
            continue
        usual = (type(candidate) is types.GetSetDescriptorType
                 and candidate.__name__ == '__dict__'
                 and getattr(candidate, '__objclass__', entry) is entry)
        if not usual:
            return candidate
    return _MISSING


def _lookup_in_class(klass, attr):
    """attr from the class dicts along klass's MRO, ignoring classes with a strange
    __dict__, or _MISSING."""
    for entry in _static_mro(klass):
        if _shadowing_dict(type(entry)) is not _MISSING:
            continue
        value = _own_dict_entry(entry, attr)
        if value is not _MISSING:
            return value
    return _MISSING


def _is_class_static(obj):
    try:
        _static_mro(obj)
    except TypeError:
        return False
    return True


def getattr_static(obj, attr, default=_MISSING):
    """Look attr up on obj without running descriptors, __getattr__ or
    __getattribute__; the descriptor itself is returned where getattr would call it."""
    from_instance = _MISSING
    if _is_class_static(obj):
        klass = obj
    else:
        klass = type(obj)
        dict_attr = _shadowing_dict(klass)
        if dict_attr is _MISSING or type(dict_attr) is types.MemberDescriptorType:
            try:
                instance_dict = object.__getattribute__(obj, '__dict__')
            except AttributeError:
                pass
            else:
                from_instance = dict.get(instance_dict, attr, _MISSING)
    from_class = _lookup_in_class(klass, attr)
    if from_class is not _MISSING and from_instance is not _MISSING:
        descriptor_type = type(from_class)
        if (_lookup_in_class(descriptor_type, '__get__') is not _MISSING
                and _lookup_in_class(descriptor_type, '__set__') is not _MISSING):
            return from_class       # a data descriptor wins over the instance dict
    if from_instance is not _MISSING:
        return from_instance
    if from_class is not _MISSING:
        return from_class
    if obj is klass:
        # A class attribute may come from its metaclass.
        for entry in _static_mro(type(klass)):
            if _shadowing_dict(type(entry)) is _MISSING:
                value = _own_dict_entry(entry, attr)
                if value is not _MISSING:
                    return value
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


# ------------------------------------------------------------------ documentation
def indentsize(line):
    """The number of columns of leading whitespace in line, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _class_of_function(func):
    """The class func was defined in, reached through its __qualname__, or None."""
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _doc_owner(obj):
    """(class, attribute name) under which obj is found, so an undocumented method or
    property can take the docstring of the same name in a base class; None if unknown."""
    if ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        through = getattr(getattr(bound_to, name, None), '__func__', None)
        if isclass(bound_to) and through is obj.__func__:
            return bound_to, name           # a classmethod bound to its class
        return type(bound_to), name
    if isfunction(obj):
        name = obj.__name__
        owner = _class_of_function(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if isbuiltin(obj):
        name = obj.__name__
        bound_to = obj.__self__
        if isclass(bound_to) and f'{bound_to.__qualname__}.{name}' == obj.__qualname__:
            return bound_to, name
        return type(bound_to), name
    if isinstance(obj, property):
        name = obj.fget.__name__
        owner = _class_of_function(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
        return owner, name
    return None


def _inherited_doc(obj):
    if isclass(obj):
        for klass in obj.__mro__:
            if klass is not object and klass.__doc__ is not None:
                return klass.__doc__
        return None
    found = _doc_owner(obj)
    if found is None:
        return None
    owner, name = found
    if ismemberdescriptor(obj):
        slots = getattr(owner, '__slots__', None)
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    for klass in owner.__mro__:
        try:
            doc = getattr(klass, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """object's docstring, cleaned up with cleandoc; an undocumented class, method or
    property takes the docstring of what it overrides."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(doc) if isinstance(doc, str) else None


def cleandoc(doc):
    """doc with tabs expanded, the indentation common to its second and later lines
    removed, and blank lines dropped from both ends."""
    lines = doc.expandtabs().split('\n')
    rest = [line for line in lines[1:] if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    cleaned = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        del cleaned[0]
    return '\n'.join(cleaned)


# ------------------------------------------------------------------ files and modules
def _code_of(obj):
    """The code object behind a method, function, traceback or frame, or obj itself."""
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    return obj


def getfile(object):
    """The name of the file object (a module, class, method, function, traceback, frame or
    code object) was defined in."""
    if ismodule(object):
        filename = getattr(object, '__file__', None)
        if filename:
            return filename
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            filename = getattr(module, '__file__', None)
            if filename:
                return filename
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


_SOURCE_SUFFIXES = ['.py']
_BYTECODE_SUFFIXES = ['.pyc']
_EXTENSION_SUFFIXES = ['.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so']


def getmodulename(path):
    """The module name a file at path would be imported as, or None if its suffix is not
    one of an importable file."""
    base = os.path.basename(path)
    suffixes = _SOURCE_SUFFIXES + _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES
    for suffix in sorted(suffixes, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file object was defined in, or None if there is no way to read
    its source."""
    filename = getfile(object)
    if filename.endswith(tuple(_BYTECODE_SUFFIXES)):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    elif filename.endswith(tuple(_EXTENSION_SUFFIXES)):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    has_loader = (getattr(module, '__loader__', None) is not None
                  or getattr(getattr(module, '__spec__', None), 'loader', None) is not None)
    if has_loader or filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The normalised absolute path of object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}      # absolute file name -> module name
_filesbymodname = {}    # module name -> the __file__ it had when modulesbyfile was filled


def _index_module_files():
    for name, module in list(sys.modules.items()):
        filename = getattr(module, '__file__', None) if ismodule(module) else None
        if filename is None or _filesbymodname.get(name) == filename:
            continue
        _filesbymodname[name] = filename
        absolute = getabsfile(module)
        modulesbyfile[absolute] = module.__name__
        modulesbyfile[os.path.realpath(absolute)] = module.__name__


def getmodule(object, _filename=None):
    """The module object was defined in, or None if that cannot be told."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        absolute = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if absolute not in modulesbyfile:
        _index_module_files()
    if absolute in modulesbyfile:
        return sys.modules.get(modulesbyfile[absolute])
    # Last resort: the object under its own name in __main__ or builtins.
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for module in (sys.modules['__main__'], sys.modules['builtins']):
        if getattr(module, name, _MISSING) is object:
            return module
    return None



# ------------------------------------------------------------ source scanner
# Token types, numbered as in CPython's token module.
_ENDMARKER = 0
_NAME = 1
_NUMBER = 2
_STRING = 3
_NEWLINE = 4
_INDENT = 5
_DEDENT = 6
_OP = 54
_COMMENT = 61
_NL = 62

_STRING_PREFIXES = frozenset(
    ['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'])


def _is_name_char(ch):
    return ch.isalnum() or ch == '_' or ord(ch) > 127


def _string_end(line, pos, quote):
    """Index just past the closing quote of a string whose body starts at pos, or -1 when
    it goes on past this line (a triple-quoted string, or a backslash-continued one)."""
    n = len(line)
    while pos < n:
        ch = line[pos]
        if ch == '\\':
            pos += 2
            continue
        if line.startswith(quote, pos):
            return pos + len(quote)
        if len(quote) == 1 and ch == '\n':
            return pos       # unterminated: tokenize would report an error token
        pos += 1
    if len(quote) == 1 and not line.endswith('\\\n') and not line.endswith('\\'):
        return n
    return -1


def _tokens(lines):
    """Yield (type, string, (srow, scol), (erow, ecol), line) for the given source lines,
    grouped as tokenize.generate_tokens groups them.  Operators are one character each and
    only the token types that block finding needs are told apart.  An inconsistent dedent
    raises IndentationError, as tokenize does."""
    indents = [0]
    depth = 0
    continued = False     # the previous line ended with a backslash
    string_quote = None   # inside a string that started on an earlier line
    string_start = None
    row = 0
    for row, line in enumerate(lines, 1):
        pos = 0
        n = len(line)
        if string_quote is not None:
            end = _string_end(line, 0, string_quote)
            if end < 0:
                continue
            yield (_STRING, '', string_start, (row, end), line)
            string_quote = None
            pos = end
        elif depth == 0 and not continued:
            column = 0
            while pos < n:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // 8 + 1) * 8
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == n or line[pos] in '#\r\n':
                # A blank or comment-only line: no indentation change.
                if pos < n and line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield (_COMMENT, text, (row, pos), (row, pos + len(text)), line)
                    pos += len(text)
                yield (_NL, line[pos:], (row, pos), (row, n), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (_INDENT, line[:pos], (row, 0), (row, pos), line)
            while column < indents[-1]:
                indents.pop()
                yield (_DEDENT, '', (row, pos), (row, pos), line)
            if column != indents[-1]:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", row, pos, line))
        continued = False
        while pos < n:
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
                continue
            if ch in '\r\n':
                break
            start = pos
            if ch == '#':
                text = line[pos:].rstrip('\r\n')
                yield (_COMMENT, text, (row, pos), (row, pos + len(text)), line)
                pos += len(text)
                break
            if ch == '\\' and line[pos + 1:].strip('\r\n') == '':
                continued = True
                pos = n
                break
            quote_at = -1
            if ch in '\'"':
                quote_at = pos
            elif _is_name_char(ch) and not ch.isdigit():
                while pos < n and _is_name_char(line[pos]):
                    pos += 1
                word = line[start:pos]
                if pos < n and line[pos] in '\'"' and word.lower() in _STRING_PREFIXES:
                    quote_at = pos
                else:
                    yield (_NAME, word, (row, start), (row, pos), line)
                    continue
            elif ch.isdigit() or (ch == '.' and line[pos + 1:pos + 2].isdigit()):
                while pos < n and (_is_name_char(line[pos]) or line[pos] == '.'):
                    pos += 1
                yield (_NUMBER, line[start:pos], (row, start), (row, pos), line)
                continue
            if quote_at >= 0:
                q = line[quote_at]
                quote = q * 3 if line.startswith(q * 3, quote_at) else q
                end = _string_end(line, quote_at + len(quote), quote)
                if end < 0:
                    string_quote = quote
                    string_start = (row, start)
                    pos = n
                    break
                yield (_STRING, line[start:end], (row, start), (row, end), line)
                pos = end
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            pos += 1
            yield (_OP, ch, (row, start), (row, pos), line)
        if continued or string_quote is not None:
            continue
        if depth > 0:
            yield (_NL, line[pos:], (row, pos), (row, n), line)
        else:
            yield (_NEWLINE, line[pos:], (row, pos), (row, n), line)
    for _ in indents[1:]:
        yield (_DEDENT, '', (row + 1, 0), (row + 1, 0), '')
    yield (_ENDMARKER, '', (row + 1, 0), (row + 1, 0), '')


class ClassFoundException(Exception):
    pass


def _find_class_line(lines, qualname):
    """The 0-based line of the class statement (or its first decorator) whose qualified
    name is qualname, or None: def and class statements nest by indentation."""
    scopes = []           # (column, qualname parts) of the enclosing def/class statements
    decorator_row = None
    statement = []
    try:
        for tok_type, text, start, _end, _line in _tokens(lines):
            if tok_type in (_COMMENT, _NL, _INDENT, _DEDENT, _ENDMARKER):
                continue
            if tok_type != _NEWLINE:
                statement.append((tok_type, text, start))
                continue
            words = statement
            statement = []
            if not words:
                continue
            if words[0][1] == '@' and words[0][0] == _OP:
                if decorator_row is None:
                    decorator_row = words[0][2][0]
                continue
            first_row = words[0][2][0]
            column = words[0][2][1]
            # Any statement at a column ends the def/class bodies it is not inside.
            while scopes and scopes[-1][0] >= column:
                scopes.pop()
            if words[0][1] == 'async' and len(words) > 1:
                words = words[1:]
            keyword_ = words[0][1]
            if keyword_ in ('def', 'class') and len(words) > 1 and words[1][0] == _NAME:
                name = words[1][1]
                parts = [p for scope in scopes for p in scope[1]]
                if keyword_ == 'class':
                    if '.'.join(parts + [name]) == qualname:
                        row = decorator_row if decorator_row is not None else first_row
                        return row - 1
                    scopes.append((column, [name]))
                else:
                    scopes.append((column, [name, '<locals>']))
            decorator_row = None
    except IndentationError:
        pass
    return None


def _is_def_line(line):
    """Whether the line starts a def or decorator, or holds a lambda (the pattern
    CPython's findsource searches upwards for)."""
    stripped = line.lstrip()
    if stripped.startswith('@'):
        return True
    for keyword_ in ('def', 'async'):
        if stripped.startswith(keyword_) and stripped[len(keyword_):len(keyword_) + 1].isspace():
            if keyword_ == 'def':
                return True
            rest = stripped[len(keyword_):].lstrip()
            if rest.startswith('def') and rest[3:4].isspace():
                return True
    pos = line.find('lambda')
    while pos >= 0:
        before = line[pos - 1] if pos > 0 else ''
        after = line[pos + 6:pos + 7]
        if not (before and _is_name_char(before)) and (after == ':' or (after and after.isspace())):
            return True
        pos = line.find('lambda', pos + 1)
    return False



def _source_lines(object):
    """All lines of the file object comes from, through linecache."""
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        # "<name>" pseudo-files may still be known to linecache (exec'd code is not).
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    if module is None:
        lines = linecache.getlines(filename)
    else:
        lines = linecache.getlines(filename, module.__dict__)
    if not lines:
        raise OSError('could not get source code')
    return lines


def findsource(object):
    """(all lines of object's source file, 0-based index of the line where object's
    definition starts); OSError if the source cannot be found."""
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        row = _find_class_line(lines, object.__qualname__)
        if row is None:
            raise OSError('could not find class definition')
        return lines, row
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    # co_firstlineno is the def (or its first decorator); lambdas and code that moved
    # since it was compiled need a look upwards.
    row = code.co_firstlineno - 1
    if row >= len(lines):
        raise OSError('lineno is out of bounds')
    while row > 0 and not _is_def_line(lines[row]):
        row -= 1
    return lines, row


def _is_comment_line(line):
    return line.lstrip().startswith('#')


def _module_head_comments(lines):
    """The comment block at the top of a module (after a #! line and blank lines)."""
    row = 1 if lines and lines[0].startswith('#!') else 0
    while row < len(lines) and lines[row].strip() in ('', '#'):
        row += 1
    block = []
    while row < len(lines) and lines[row].startswith('#'):
        block.append(lines[row].expandtabs())
        row += 1
    return ''.join(block) if block else None


def getcomments(object):
    """The comment lines just above object's source (at its indentation), or the comment
    block at the top of a module; None when there are none or no source."""
    try:
        lines, row = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _module_head_comments(lines)
    if row <= 0:
        return None
    indent = indentsize(lines[row])
    above = row - 1
    if not (_is_comment_line(lines[above]) and indentsize(lines[above]) == indent):
        return None
    block = []
    while above >= 0 and _is_comment_line(lines[above]) and indentsize(lines[above]) == indent:
        block.insert(0, lines[above].expandtabs().lstrip())
        above -= 1
    # Bare '#' lines framing the block are not part of it.
    while block and block[0].strip() == '#':
        block.pop(0)
    while block and block[-1].strip() == '#':
        block.pop()
    return ''.join(block)


class EndOfBlock(Exception):
    """Raised by BlockFinder.tokeneater when the block is over."""


class BlockFinder:
    """Eats tokens (tokeneater) from the start of a def, class or lambda (after any
    decorators) and records in .last the last line of that block."""

    def __init__(self):
        self.indent = 0           # INDENTs seen minus DEDENTs, inside the block
        self.islambda = False
        self.started = False      # the def/class/lambda keyword has been seen
        self.passline = False     # ignoring the rest of the current logical line
        self.indecorator = False
        self.last = 1             # last line (1-based) known to belong to the block
        self.body_col0 = None     # column of the body's first indented line

    def _before_start(self, token):
        if token == '@':
            self.indecorator = True
        elif token in ('def', 'class', 'lambda'):
            self.started = True
            self.islambda = token == 'lambda'
        self.passline = True

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not (self.started or self.indecorator):
            self._before_start(token)
            return
        if type == _NEWLINE:
            self.last = srowcol[0]
            self.passline = False
            self.indecorator = False
            if self.islambda:
                raise EndOfBlock    # a lambda is one logical line
            return
        if self.passline:
            return
        if type == _INDENT:
            if self.started and self.body_col0 is None:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == _DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == _COMMENT:
            # A comment indented like the body belongs to it.
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif type != _NL and self.indent == 0:
            raise EndOfBlock        # a statement after a one-line body


def getblock(lines):
    """The leading lines of lines that make up one def/class block (or lambda)."""
    finder = BlockFinder()
    try:
        for token in _tokens(lines):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def getsourcelines(object):
    """(source lines of object, 1-based line where they start); for a module (or the
    frame of module code) all its lines and 0."""
    object = unwrap(object)
    lines, row = findsource(object)
    frame = object.tb_frame if istraceback(object) else object
    if ismodule(object) or (isframe(frame) and frame.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[row:]), row + 1


def getsource(object):
    """The source text of object as one string; OSError if it cannot be found."""
    return ''.join(getsourcelines(object)[0])


# ------------------------------------------------------------------ class trees
def walktree(classes, children, parent):
    """getclasstree's nested list for classes (sorted by module and name) and below."""
    tree = []
    classes.sort(key=lambda k: (k.__module__, k.__name__))
    for klass in classes:
        tree.append((klass, klass.__bases__))
        if klass in children:
            tree.append(walktree(children[klass], children, klass))
    return tree


def getclasstree(classes, unique=False):
    """The inheritance hierarchy of classes as nested lists of (class, bases) tuples; with
    unique, a class with several of the given classes as bases appears only once."""
    children = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            below = children.setdefault(base, [])
            if klass not in below:
                below.append(klass)
            if unique and base in classes:
                break
    roots.extend(base for base in children if base not in classes)
    return walktree(roots, children, None)


# ------------------------------------------------------------------ argument specs
Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def _code_arg_names(code):
    """(positional names, keyword-only names, *args name or None, **kwargs name or None)
    from a code object's co_varnames and flags."""
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    positional = list(names[:npos])
    keyword_only = list(names[npos:npos + nkw])
    next_index = npos + nkw
    star = starstar = None
    if code.co_flags & CO_VARARGS:
        star = names[next_index]
        next_index += 1
    if code.co_flags & CO_VARKEYWORDS:
        starstar = names[next_index]
    return positional, keyword_only, star, starstar


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object; args lists the positional then the
    keyword-only parameter names."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    positional, keyword_only, star, starstar = _code_arg_names(co)
    return Arguments(positional + keyword_only, star, starstar)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec of a callable's parameters, taken from its signature (bound methods keep
    their first parameter; __wrapped__ is not followed)."""
    try:
        sig = _derive_signature(func, follow_wrapped=False, drop_bound=False,
                                eval_str=False, sigcls=Signature)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    spec = {'args': [], 'varargs': None, 'varkw': None, 'defaults': [],
            'kwonlyargs': [], 'kwonlydefaults': {}, 'annotations': {}}
    if sig.return_annotation is not sig.empty:
        spec['annotations']['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.annotation is not param.empty:
            spec['annotations'][name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            spec['args'].append(name)
            if param.default is not param.empty:
                spec['defaults'].append(param.default)
        elif param.kind is _VAR_POSITIONAL:
            spec['varargs'] = name
        elif param.kind is _KEYWORD_ONLY:
            spec['kwonlyargs'].append(name)
            if param.default is not param.empty:
                spec['kwonlydefaults'][name] = param.default
        else:
            spec['varkw'] = name
    spec['defaults'] = tuple(spec['defaults']) or None
    spec['kwonlydefaults'] = spec['kwonlydefaults'] or None
    return FullArgSpec(**spec)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) for the arguments of a frame's function."""
    names = getargs(frame.f_code)
    return ArgInfo(names.args, names.varargs, names.varkw, frame.f_locals)


def _strip_typing_prefix(text):
    """text with 'typing.' removed from the front of every run of word characters and dots."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        if _is_word_or_dot(text[i]):
            j = i
            while j < n and _is_word_or_dot(text[j]):
                j += 1
            out.append(text[i:j].removeprefix('typing.'))
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def _is_word_or_dot(ch):
    return ch.isalnum() or ch == '_' or ch == '.'


def formatannotation(annotation, base_module=None):
    """The text an annotation is shown as in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        module = annotation.__module__
        if module in ('builtins', base_module):
            return annotation.__qualname__
        return f'{module}.{annotation.__qualname__}'
    return repr(annotation)


def formatannotationrelativeto(object):
    """A one-argument formatannotation that leaves out object's module name."""
    home = getattr(object, '__module__', None)

    def format_relative(annotation):
        return formatannotation(annotation, home)
    return format_relative


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *args=(), **kw={})' from the four values getargvalues returns."""
    pieces = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(pieces) + ')'


def _plural(count, word):
    return word if count == 1 else word + 's'


def _name_list(names):
    """"'a'", "'a' and 'b'", "'a', 'b' and 'c'"."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _report_missing(fname, required, bound, what):
    absent = [name for name in required if name not in bound]
    raise TypeError(f'{fname}() missing {len(absent)} required {what} '
                    f'{_plural(len(absent), "argument")}: {_name_list(absent)}')


def _report_too_many(fname, spec, ndefaults, given, bound):
    npos = len(spec.args)
    if ndefaults:
        takes = f'from {npos - ndefaults} to {npos} positional arguments'
    else:
        takes = f'{npos} {_plural(npos, "positional argument")}'
    kw_given = sum(1 for name in spec.kwonlyargs if name in bound)
    if kw_given:
        detail = (f'{given} {_plural(given, "positional argument")} '
                  f'(and {kw_given} {_plural(kw_given, "keyword-only argument")}) were')
    else:
        detail = f'{given} {"was" if given == 1 else "were"}'
    raise TypeError(f'{fname}() takes {takes} but {detail} given')


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name -> value a call func(*positional, **named) would bind,
    or the TypeError the call would raise."""
    spec = getfullargspec(func)
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    defaults = spec.defaults or ()
    bound = dict(zip(spec.args, positional))
    extra = positional[len(spec.args):]
    if spec.varargs:
        bound[spec.varargs] = tuple(extra)
    if spec.varkw:
        bound[spec.varkw] = {}
    accepted = set(spec.args) | set(spec.kwonlyargs)
    for key, value in named.items():
        if key not in accepted:
            if not spec.varkw:
                raise TypeError(f'{fname}() got an unexpected keyword argument {key!r}')
            bound[spec.varkw][key] = value
        elif key in bound:
            raise TypeError(f'{fname}() got multiple values for argument {key!r}')
        else:
            bound[key] = value
    if extra and not spec.varargs:
        _report_too_many(fname, spec, len(defaults), len(positional), bound)
    first_default = len(spec.args) - len(defaults)
    if len(positional) < len(spec.args):
        required = spec.args[:first_default]
        if any(name not in bound for name in required):
            _report_missing(fname, required, bound, 'positional')
        for name, value in zip(spec.args[first_default:], defaults):
            bound.setdefault(name, value)
    kwdefaults = spec.kwonlydefaults or {}
    for name in spec.kwonlyargs:
        if name not in bound and name in kwdefaults:
            bound[name] = kwdefaults[name]
    if any(name not in bound for name in spec.kwonlyargs):
        _report_missing(fname, spec.kwonlyargs, bound, 'keyword-only')
    return bound


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where each name a Python
    function (or method) refers to is found, with its current value."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    nonlocals = {}
    for name, cell in zip(code.co_freevars, func.__closure__ or ()):
        nonlocals[name] = cell.cell_contents
    module_ns = func.__globals__
    builtin_ns = module_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue        # constants, not names, since Python 3
        if name in module_ns:
            found_globals[name] = module_ns[name]
        elif name in builtin_ns:
            found_builtins[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


# ------------------------------------------------------------------ frames and tracebacks
_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """What getframeinfo returns: a named 5-tuple, plus the positions attribute."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'Traceback({fields}, positions={self.positions!r})'


_Positions = None


def _positions_type():
    """dis.Positions, or a namedtuple of the same shape where dis cannot be imported."""
    global _Positions
    if _Positions is None:
        try:
            import dis
            _Positions = dis.Positions
        except (ImportError, AttributeError):
            _Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                                    defaults=[None] * 4, module='dis')
    return _Positions


def _instruction_position(code, offset):
    """(lineno, end_lineno, col, end_col) of the instruction at byte offset in code."""
    if offset >= 0:
        index = offset // 2     # co_positions has one entry per 2-byte code unit
        for n, position in enumerate(code.co_positions()):
            if n == index:
                return position
    return (None, None, None, None)


def _context_lines(frame, lineno, context):
    """(lines around lineno, index of lineno among them), or (None, None)."""
    if context <= 0:
        return None, None
    try:
        lines, _ = findsource(frame)
    except OSError:
        return None, None
    first = lineno - 1 - context // 2
    first = max(0, min(first, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a frame or
    traceback, with context lines of source around the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        position = _instruction_position(frame.tb_frame.f_code, frame.tb_lasti)
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        position = _instruction_position(frame.f_code, frame.f_lasti)
    if position[0] is None:
        position = (lineno,) + tuple(position[1:])
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    lines, index = _context_lines(frame, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_positions_type()(*position))


def getlineno(frame):
    """The line number a frame is currently at."""
    return frame.f_lineno


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    """A frame and its getframeinfo fields as a named 6-tuple, plus positions."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'FrameInfo({fields}, positions={self.positions!r})'


def _frame_record(frame, context, where=None):
    info = getframeinfo(frame if where is None else where, context)
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    records = []
    while frame is not None:
        records.append(_frame_record(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for each level of a traceback, from its frame down to where the
    exception was raised."""
    records = []
    while tb is not None:
        records.append(_frame_record(tb.tb_frame, context, tb))
        tb = tb.tb_next
    return records


def currentframe():
    """The caller's frame."""
    getter = getattr(sys, '_getframe', None)
    return None if getter is None else getter(1)


def stack(context=1):
    """FrameInfo records for the caller's frame and all frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the exception being handled, from here to where it was raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ------------------------------------------------------------------ generator states
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def _run_state(running, suspended, frame, states):
    created, now_running, now_suspended, closed = states
    if running:
        return now_running
    if suspended:
        return now_suspended
    if frame is None:
        return closed
    return created


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a suspended generator (empty once it is closed)."""
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    frame = getattr(generator, 'gi_frame', None)
    return {} if frame is None else frame.f_locals


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine (empty once it is closed)."""
    frame = getattr(coroutine, 'cr_frame', None)
    return {} if frame is None else frame.f_locals


# Signatures (PEP 362) live in their own file, by concern.
from _inspect_signature import (  # noqa: E402
    BoundArguments,
    Parameter,
    Signature,
    signature,
    _empty,
    _void,
    _ParameterKind,
    _POSITIONAL_ONLY,
    _POSITIONAL_OR_KEYWORD,
    _VAR_POSITIONAL,
    _KEYWORD_ONLY,
    _VAR_KEYWORD,
    _derive_signature,
    _looks_like_function,
)

"""warnings: issue, filter and display warning messages (Krait's own implementation).

CPython splits this between Lib/warnings.py and its C accelerator _warnings; Krait has no
accelerator, so the filtering machinery (warn, warn_explicit, the registries) lives here
too and follows the C rules: registries hold True, "once" and "module" remember
(text, category) in the caller's module registry, and a filter's message/module may be a
plain string compared for equality or a compiled pattern whose match() is called.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning',
           'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


# --- displaying -----------------------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to *file* (default sys.stderr); replace this to redirect them."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the standard text for a warning: 'file:line: Category: message' followed
    by the stripped source line when there is one."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        # No stderr (pythonw): nowhere to report.
        return
    text = _formatwarnmsg(msg)
    try:
        stream.write(text)
    except OSError:
        pass


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    parts = ['%s:%s: %s: %s\n' % (msg.filename, msg.lineno, kind, msg.message)]
    line = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        parts.append('  %s\n' % line.strip())
    if msg.source is not None:
        parts.append(_allocation_report(msg.source, kind))
    return ''.join(parts)


def _allocation_report(source, kind):
    """Where *source* was allocated, as far as tracemalloc knows."""
    try:
        import tracemalloc
    except ImportError:
        # Without tracemalloc nothing traces; say so as CPython does when not tracing.
        return '%s: Enable tracemalloc to get the object allocation traceback\n' % kind
    except Exception:
        return ''
    tracing = tracemalloc.is_tracing()
    try:
        where = tracemalloc.get_object_traceback(source)
    except Exception:
        where = None
    if where is None:
        if tracing:
            return ''
        return '%s: Enable tracemalloc to get the object allocation traceback\n' % kind
    text = ['Object allocated at (most recent call last):\n']
    for frame in where:
        text.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        line = _source_line(frame.filename, frame.lineno)
        if line:
            text.append('    %s\n' % line.strip())
    return ''.join(text)


def _showwarnmsg(msg):
    """Display *msg* through the user's showwarning() if it was replaced."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format *msg* through the user's formatwarning() if it was replaced."""
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# --- patterns (the re module when present, else a small matcher of our own) --------------------

_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in text)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignorecase)
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


class _Pattern:
    """Stand-in for a compiled regular expression: supports match() (anchored at the
    start) for literals, '.', classes [...], \\d \\w \\s, groups with '|', the quantifiers
    * + ? {m,n}, and the anchors ^ $ \\A \\Z."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._icase = ignorecase
        reader = _PatternReader(pattern)
        self._tree = reader.alternation()
        if reader.pos != len(pattern):
            raise ValueError('unbalanced parenthesis in pattern %r' % (pattern,))

    def __repr__(self):
        if self._icase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return (self.pattern, self._icase) == (other.pattern, other._icase)

    def __hash__(self):
        return hash((self.pattern, self._icase))

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(text).__name__)
        subject = text.lower() if self._icase else text
        for _ in _match_alternation(self._tree, subject, 0, self._icase):
            return True
        return None


class _PatternReader:
    """Parse a pattern into nested lists: an alternation is a list of sequences, a
    sequence a list of (atom, min, max) items."""

    def __init__(self, pattern):
        self.p = pattern
        self.pos = 0

    def alternation(self):
        branches = [self.sequence()]
        while self.pos < len(self.p) and self.p[self.pos] == '|':
            self.pos += 1
            branches.append(self.sequence())
        return branches

    def sequence(self):
        items = []
        while self.pos < len(self.p) and self.p[self.pos] not in '|)':
            atom = self.atom()
            low, high = self.quantifier()
            items.append((atom, low, high))
        return items

    def atom(self):
        ch = self.p[self.pos]
        self.pos += 1
        if ch == '(':
            if self.p.startswith('?:', self.pos):
                self.pos += 2
            inner = self.alternation()
            if self.pos >= len(self.p) or self.p[self.pos] != ')':
                raise ValueError('missing ), unterminated subpattern')
            self.pos += 1
            return ('group', inner)
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('start',)
        if ch == '$':
            return ('end-or-newline',)
        if ch == '[':
            return self.char_class()
        if ch == '\\':
            return self.escape()
        return ('lit', ch)

    def escape(self):
        if self.pos >= len(self.p):
            raise ValueError('bad escape (end of pattern)')
        ch = self.p[self.pos]
        self.pos += 1
        if ch == 'Z':
            return ('end',)
        if ch == 'A':
            return ('start',)
        if ch in 'dwsDWS':
            return ('set', [(ch,)], False)
        return ('lit', {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(ch, ch))

    def char_class(self):
        negate = self.p.startswith('^', self.pos)
        if negate:
            self.pos += 1
        members = []
        first = True
        while True:
            if self.pos >= len(self.p):
                raise ValueError('unterminated character set')
            ch = self.p[self.pos]
            if ch == ']' and not first:
                self.pos += 1
                return ('set', members, negate)
            first = False
            self.pos += 1
            if ch == '\\' and self.pos < len(self.p):
                ch = self.p[self.pos]
                self.pos += 1
                if ch in 'dwsDWS':
                    members.append((ch,))
                    continue
            if self.p.startswith('-', self.pos) and self.pos + 1 < len(self.p) \
                    and self.p[self.pos + 1] != ']':
                members.append((ch, self.p[self.pos + 1]))
                self.pos += 2
            else:
                members.append((ch, ch))

    def quantifier(self):
        if self.pos >= len(self.p):
            return 1, 1
        ch = self.p[self.pos]
        if ch in '*+?':
            self.pos += 1
            bounds = {'*': (0, None), '+': (1, None), '?': (0, 1)}[ch]
        elif ch == '{' and '}' in self.p[self.pos:]:
            close = self.p.index('}', self.pos)
            body = self.p[self.pos + 1:close]
            low, sep, high = body.partition(',')
            if not (low.isdigit() or (sep and not low)) or (high and not high.isdigit()):
                return 1, 1
            self.pos = close + 1
            low = int(low) if low else 0
            bounds = (low, (int(high) if high else None) if sep else low)
        else:
            return 1, 1
        if self.p.startswith('?', self.pos):
            # Lazy quantifiers match the same strings for match()'s purposes.
            self.pos += 1
        return bounds


def _class_has(member, ch):
    if len(member) == 1:
        kind = member[0]
        hit = {'d': ch.isdigit(), 'w': ch.isalnum() or ch == '_',
               's': ch.isspace()}[kind.lower()]
        return hit if kind.islower() else not hit
    low, high = member
    return low <= ch <= high


def _atom_matches(atom, ch, icase):
    kind = atom[0]
    if kind == 'lit':
        return ch == (atom[1].lower() if icase else atom[1])
    if kind == 'any':
        return ch != '\n'
    if kind == 'set':
        hit = any(_class_has(m, ch) or (icase and _class_has(m, ch.upper()))
                  for m in atom[1])
        return hit != atom[2]
    return False


def _match_alternation(branches, text, pos, icase):
    for branch in branches:
        yield from _match_sequence(branch, 0, text, pos, icase)


def _match_sequence(items, index, text, pos, icase):
    """Yield every end position at which items[index:] can match text from *pos*."""
    if index == len(items):
        yield pos
        return
    atom, low, high = items[index]
    kind = atom[0]
    if kind in ('start', 'end', 'end-or-newline'):
        if ((kind == 'start' and pos == 0) or (kind == 'end' and pos == len(text))
                or (kind == 'end-or-newline'
                    and (pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n')))):
            yield from _match_sequence(items, index + 1, text, pos, icase)
        return
    yield from _repeat(atom, low, high, 0, items, index, text, pos, icase)


def _repeat(atom, low, high, count, items, index, text, pos, icase):
    # Greedy: try one more repetition first, then stopping here.
    if high is None or count < high:
        if atom[0] == 'group':
            for after in _match_alternation(atom[1], text, pos, icase):
                if after != pos or count < low:
                    yield from _repeat(atom, low, high, count + 1, items, index, text,
                                       after, icase)
        elif pos < len(text) and _atom_matches(atom, text[pos], icase):
            yield from _repeat(atom, low, high, count + 1, items, index, text, pos + 1, icase)
    if count >= low:
        yield from _match_sequence(items, index + 1, text, pos, icase)


# --- the filter list ------------------------------------------------------------------------------

def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter: *action* applies to warnings whose text matches the regular expression
    *message* (case-insensitively), of class *category*, raised from a module whose name
    matches *module*, at line *lineno* (0 for any).  New filters go first unless *append*."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every warning of class *category* (at *lineno*, 0 for any)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        # Move an existing identical filter to the front.
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (so the default action, 'default', applies)."""
    filters[:] = []
    _filters_mutated()


# Incremented whenever filters change: a registry stamped with another value is stale.
_generation = [0]


def _filters_mutated():
    _generation[0] += 1


# --- -W options ---------------------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as problem:
            print('Invalid -W option ignored:', problem, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = (f.strip() for f in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + '\\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        modname, _, attr = category.rpartition('.')
        try:
            holder = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (modname,)) from None
    else:
        import builtins as holder
        attr = category
    try:
        found = getattr(holder, attr)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return found


# --- issuing -----------------------------------------------------------------------------------

def _is_internal_frame(frame):
    """True for the frames of the import machinery, which stacklevel skips."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    try:
        valid = issubclass(category, Warning)
    except TypeError:
        valid = False
    if not valid:
        raise TypeError('category must be a Warning subclass, not %r'
                        % type(category).__name__)
    frame = sys._getframe(1)
    if stacklevel <= 0 or _is_internal_frame(frame):
        for _ in range(stacklevel - 1):
            if frame is None:
                break
            frame = frame.f_back
    else:
        for _ in range(stacklevel - 1):
            if frame is None:
                break
            frame = _next_external_frame(frame)
    if frame is None:
        namespace = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        namespace = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    registry = namespace.get('__warningregistry__')
    if registry is None:
        registry = namespace['__warningregistry__'] = {}
    module = namespace.get('__name__')
    if module is not None and not isinstance(module, str):
        module = '<string>'
    elif '__name__' not in namespace:
        module = '<string>'
    _issue(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level warn(): the location and the registry are given explicitly."""
    if not isinstance(filename, str):
        raise TypeError('warn_explicit() argument 3 must be str, not %s'
                        % type(filename).__name__)
    if not isinstance(lineno, int):
        to_index = getattr(type(lineno), '__index__', None)
        if to_index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(lineno).__name__)
        lineno = to_index(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError('module_globals must be a dict, not %r'
                        % type(module_globals).__name__)
    if module is None:
        if not filename:
            module = '<unknown>'
        elif filename.endswith('.py'):
            module = filename[:-3]
        else:
            module = filename
    _issue(message, category, filename, lineno, module, registry, module_globals, source)


def _loader_line(module_globals, lineno):
    """Line *lineno* of the module's source as its loader reports it, or None."""
    loader = module_globals.get('__loader__')
    name = module_globals.get('__name__')
    if loader is None or name is None:
        return None
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return None
    text = get_source(name)
    if text is None:
        return None
    lines = text.splitlines()
    if not 0 <= lineno - 1 < len(lines):
        raise IndexError('list index out of range')
    return lines[lineno - 1]


def _stamp(registry):
    """Clear *registry* if it was filled under other filters."""
    if registry.get('version') != _generation[0]:
        registry.clear()
        registry['version'] = _generation[0]


def _matches(pattern, value):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == value
    return bool(pattern.match(value))


def _pick_action(category, text, lineno, module):
    table = filters
    if not isinstance(table, list):
        raise ValueError('_warnings.filters must be a list')
    for index, item in enumerate(table):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg, cat, mod, line = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (line == 0 or line == lineno)):
            return action, item
    return defaultaction, None


def _issue(message, category, filename, lineno, module, registry, module_globals, source):
    if module_globals is not None:
        # Like CPython, ask the loader (its errors propagate) but show the line that
        # linecache finds, not this one.
        _loader_line(module_globals, lineno)
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None:
        _stamp(registry)
        if registry.get(key):
            return
    action, item = _pick_action(category, text, lineno, module)
    if not isinstance(action, str):
        raise TypeError("action must be a string, not '%s'" % type(action).__name__)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action in ('once', 'module'):
            remembered = registry
            if remembered is None and action == 'once':
                remembered = onceregistry
            if remembered is not None:
                short = (text, category)
                _stamp(remembered)
                if remembered.get(short):
                    return
                remembered[short] = True
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r'
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):
    """What one warning consisted of; catch_warnings(record=True) collects these."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


class catch_warnings(object):
    """Context manager that saves the warnings filters and showwarning() on entry and
    restores them on exit.

    With record=True, warnings are not shown but collected: __enter__ returns the list
    that receives a WarningMessage for each.  *module* is the warnings module to act on
    (for testing).  Given *action* (and optionally category, lineno, append), entering
    also calls simplefilter() with them.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules['warnings']:
            shown.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # The default showwarning() leads to _showwarnmsg_impl, which now records.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = '{name!r} is deprecated and slated for removal in Python {remove}'


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated, or fail once the removal version is reached."""
    shown = '%s.%s' % (remove[0], remove[1])
    current = tuple(_version[:2])
    if current > remove or (current == remove and _version[3] != 'alpha'):
        raise RuntimeError('%r was slated for removal after Python %s alpha' % (name, shown))
    warn(message.format(name=name, remove=shown), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    text = ["coroutine '%s' was never awaited\n" % coro.__qualname__]
    origin = coro.cr_origin
    if origin is not None:
        import linecache
        import traceback
        frames = [(filename, lineno, funcname, linecache.getline(filename, lineno))
                  for filename, lineno, funcname in reversed(origin)]
        text.append('Coroutine created at (most recent call last)\n')
        text.extend(traceback.format_list(frames))
    warn(''.join(text).rstrip('\n'), category=RuntimeWarning, stacklevel=2, source=coro)


# --- initial state -------------------------------------------------------------------------------

defaultaction = 'default'
onceregistry = {}
_defaultaction = defaultaction
_onceregistry = onceregistry

# The filters of a regular (non-debug) CPython build, before -W options.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]

_processoptions(sys.warnoptions)

# warnings in detail: per-module registries for each action (as CPython's C accelerator keeps
# them), filter order and patterns, -W option parsing, errors for bad arguments,
# catch_warnings state, showwarning/formatwarning hooks and stacklevel past the stack.
import sys
import warnings

sys.stderr = sys.stdout
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

SRC = "import warnings\ndef go(msg, cat=UserWarning):\n    warnings.warn(msg, cat)\n"
mods = []
for name in ('alpha', 'beta'):
    ns = {'__name__': name}
    exec(compile(SRC, name + '.py', 'exec'), ns)
    mods.append(ns)
for action in ['default', 'once', 'module', 'always']:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for ns in mods:
        ns.pop('__warningregistry__', None)
    warnings.onceregistry.clear()
    print('==', action)
    for i in range(2):
        mods[0]['go']('hello')
        mods[1]['go']('hello')
        mods[0]['go']('hello', RuntimeWarning)
    print(mods[0]['__warningregistry__'], len(mods[1]['__warningregistry__']), warnings.onceregistry)

warnings.resetwarnings()
warnings.filterwarnings('ignore', 'abc', module='foo')
warnings.filterwarnings('error', 'x.*y', append=True)
warnings.simplefilter('ignore', lineno=3)
warnings.simplefilter('ignore', lineno=3)
warnings.filterwarnings('error', 'x.*y', append=True)
print(warnings.filters)
print(warnings.filters[1][1].match('ABCD') is not None, warnings.filters[1][1].match('xabc'),
      warnings.filters[1][3].match('foobar') is not None)
warnings.resetwarnings()
warnings.filterwarnings('error', 'spe.*al$')
for text in ['special', 'SPEcial', 'specialty', 'a special']:
    try:
        warnings.warn(text)
        print('shown or ignored', text)
    except UserWarning as e:
        print('raised', repr(e))

for bad in [lambda: warnings.filterwarnings('bogus'), lambda: warnings.filterwarnings('ignore', 3),
            lambda: warnings.filterwarnings('ignore', category=3),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', module=3),
            lambda: warnings.filterwarnings('ignore', lineno=-1),
            lambda: warnings.simplefilter('bogus'), lambda: warnings.simplefilter('ignore', lineno='x'),
            lambda: warnings.warn('x', 3), lambda: warnings.warn('x', int),
            lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 'x'),
            lambda: warnings.warn_explicit('m', UserWarning, 3, 1),
            lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, registry=[]),
            lambda: warnings.warn_explicit('m', UserWarning, 'f.py', 1, module_globals=[])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

warnings.resetwarnings()
warnings.simplefilter('error')
try:
    warnings.warn('boom')
except UserWarning as e:
    print('raised', repr(e))
try:
    warnings.warn(DeprecationWarning('inst'), RuntimeWarning)
except Warning as e:
    print('raised', repr(e))
warnings.resetwarnings()
warnings.filters.append(('weird', None, Warning, None, 0))
try:
    warnings.warn('w')
except Exception as e:
    print(type(e).__name__, e)
warnings.resetwarnings()
warnings.filters.append((1, 2))
try:
    warnings.warn('w')
except Exception as e:
    print(type(e).__name__, e)
warnings.resetwarnings()

print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'line here  '))
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile.py', 3)))
m = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(str(m), m.source, m.file, m._category_name)
print(str(warnings.WarningMessage('m', None, 'f.py', 1)))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('rec1')
    warnings.warn('rec2', SyntaxWarning, stacklevel=2)
    warnings.warn_explicit('exp', UserWarning, 'zz.py', 9, module='zz', registry={})
print([(str(w.message), w.category.__name__, w.filename, w.lineno, w.line, w.source) for w in log])
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__()
with warnings.catch_warnings(action='ignore', category=SyntaxWarning):
    print(warnings.filters[0])
print(len(warnings.filters))


def sw(message, category, filename, lineno, file=None, line=None):
    print('SW', message, category.__name__, lineno)


warnings.showwarning = sw
warnings.warn('custom show')
warnings.showwarning = 5
try:
    warnings.warn('custom show 2')
except Exception as e:
    print(type(e).__name__, e)
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda *a: 'FMT %r\n' % (a,)
warnings.warn('fmt', stacklevel=1)
warnings.formatwarning = warnings._formatwarning_orig
warnings.warn('deep', stacklevel=50)
print(sys.__dict__.pop('__warningregistry__'))
warnings.simplefilter('default')
warnings.warn_explicit('exp2', UserWarning, 'zz.py', 9)
warnings.warn_explicit('exp3', UserWarning, 'zz.py', 9, module_globals={'__name__': 'q', '__loader__': None})


class Loader:
    def get_source(self, name):
        return 'first\n  second line  \nthird'


warnings.warn_explicit('exp5', UserWarning, 'zz.py', 2, module_globals={'__name__': 'q', '__loader__': Loader()})
warnings.warn_explicit(UserWarning('exp4'), RuntimeWarning, 'zz.PY', 9, registry=None)
warnings.showwarning('direct', UserWarning, 'a.py', 5, file=sys.stdout, line='the line')
print(warnings.__all__)
warnings._deprecated('thing', remove=(3, 13))
try:
    warnings._deprecated('thing', remove=(3, 10))
except RuntimeError as e:
    print(e)
for opt in ['ignore', 'i::DeprecationWarning', 'error:msg:UserWarning:mod:3', 'a:b:c:d:e:f', 'bogus',
            '::NoSuch', '::int', 'default:::: x', 'd:::m:-1', 'all', 'm:a.b (c):Warning:x.y', '::nosuchmod.W']:
    warnings.resetwarnings()
    try:
        warnings._setoption(opt)
        print(opt, '->', warnings.filters)
    except Exception as e:
        print(opt, type(e).__name__, e)
warnings._processoptions(['bogus', 'ignore::Warning'])
warnings.resetwarnings()
warnings._setoption('error:a.b (c)')
for text in ['a.b (c) and more', 'A.B (C)', 'axb (c)']:
    try:
        warnings.warn(text)
    except UserWarning as e:
        print('raised', e)

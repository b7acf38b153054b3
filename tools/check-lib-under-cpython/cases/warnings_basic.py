import warnings, sys, io
sys.stderr = sys.stdout
print(warnings.filters, warnings.defaultaction, warnings.onceregistry, repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
print(str(warnings.WarningMessage('m', UserWarning, 'f', 1)), sorted(warnings.__all__))
def f(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)
f('first')
f('first')
for i in range(2):
    warnings.warn('loop warning')
warnings.warn('deprecated in main', DeprecationWarning)
def g():
    warnings.warn('from g', DeprecationWarning, stacklevel=2)
g()
warnings.warn(RuntimeWarning('instance warning'))
f('level two', level=2)
f('level huge', level=50)
print(sorted(k for k in __warningregistry__ if k != 'version'), __warningregistry__['version'])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f('a'); f('a'); warnings.warn('b', SyntaxWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename == __file__, str(w[0]).replace(__file__, 'F'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        f('boom')
    except UserWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.simplefilter('ignore', UserWarning)
    f('ignored'); warnings.warn('not ignored', FutureWarning)
with warnings.catch_warnings():
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once msg'); f('once msg')
with warnings.catch_warnings():
    warnings.simplefilter('module')
    for i in range(3):
        warnings.warn('module msg')
    f('module msg')
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='spe.*ial', category=UserWarning)
    warnings.filterwarnings('ignore', module='__main__', category=Warning, append=True)
    try:
        warnings.warn('SPECIAL thing')
    except UserWarning as e:
        print('matched', e)
    warnings.warn('other')
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('action arg works', e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text  '), end='')
print(warnings.formatwarning('msg', UserWarning, __file__, 1).replace(__file__, 'F'), end='')
buf = io.StringIO()
warnings.showwarning('shown', UserWarning, 'x.py', 3, file=buf, line='the line'); print(repr(buf.getvalue()))
old = warnings.showwarning
def myshow(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)
warnings.showwarning = myshow
warnings.warn('via custom'); warnings.showwarning = old
oldf = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: 'FMT %s\n' % m
warnings.warn('via formatter'); warnings.formatwarning = oldf
warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 7)
warnings.warn_explicit('explicit reg', UserWarning, 'mod.py', 8, module='mymod', registry={})
for bad in [lambda: warnings.warn('x', 5), lambda: warnings.warn('x', int), lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('error', message=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e:
    print(e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(e)
warnings.resetwarnings(); print(warnings.filters)
warnings.warn('after reset', DeprecationWarning)

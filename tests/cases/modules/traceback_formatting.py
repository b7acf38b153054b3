# traceback in detail: caret lines under operators and subscripts (with odd spacing,
# parentheses, unicode, multi-line spans), exception groups with width/depth limits,
# notes, SyntaxError excerpts, FrameSummary/StackSummary APIs, limits and chains.
import sys
import traceback


def last_frame(exc):
    return traceback.format_exception(exc)[-3:]


def caret(code):
    env = {'a': 1, 's': 'x', 'n': None, 'd': {}, 'l': [1], 'é': 2}
    try:
        exec(code, env)
    except Exception as e:
        for line in traceback.format_tb(e.__traceback__)[1:]:
            print(line, end='')
        print(traceback.format_exception_only(e)[-1], end='')


import linecache
SOURCES = [
    "x = (a) + s",
    "x = a  +   s ",
    "x = a**s",
    "x = d['k']",
    "x = d [ 'k' ] + 1",
    "y = a + (s)",
    "x = l[1:2][0]",
    "x = [a][0][3]",
    "x = a+s+n",
    "x = a +\\\n s",
    "x = (a\n +s)",
    "x = a * (s - 1)",
    "x = 2*(a - s) + 1",
    "x = (a + 1) * s * n",
    "x = é + s",
    "x = 'é' + a",
    "x = n[0]",
    "x = d[(1, 2)]",
    "x = d[1:2]",
    "x = l[a:]",
    "x = -s",
    "x = a < s",
    "x = n.attr",
    "x = n(1)",
    "x = a // 0",
    "x = a % 0",
    "x = a @ a",
    "x = a << s",
    "x = ~s",
    "x = a if s > 0 else 1",
    "x = [a][5] if a else 0",
    "x = l[5] # comment",
    "x = f'{a}'[9]",
    "x = d[a, s]",
    "x = (l)[7]",
    "def f(p):\n    return p[1] + p[2]\nf([1, 'q', 3])",
    "x = [l[9] for _ in 'a']",
]
for i, src in enumerate(SOURCES):
    name = '<case%d>' % i
    linecache.cache[name] = (len(src), None, src.splitlines(True), name)
    print('==', src.replace('\n', ' | '))
    caret(compile(src, name, 'exec'))

# groups
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])
print(''.join(traceback.format_exception(eg)))
wide = ExceptionGroup('w', [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(wide, max_group_width=2, max_group_depth=1)
print(''.join(te.format()))


def deep(n):
    if n == 0:
        raise ExceptionGroup('d', [ValueError('leaf')])
    try:
        deep(n - 1)
    except ExceptionGroup as e:
        raise ExceptionGroup('l%d' % n, [e])


try:
    deep(3)
except ExceptionGroup as e:
    print(''.join(traceback.TracebackException.from_exception(e, max_group_depth=2).format()))

# notes and odd messages
e = ValueError('v')
e.__notes__ = ['n1\nn2', 3]
print(traceback.format_exception_only(e))
e.__notes__ = 'str'
print(traceback.format_exception_only(e))
e.__notes__ = 5
print(traceback.format_exception_only(e))


class BadStr(Exception):
    def __str__(self):
        raise ValueError


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(ValueError('')))


class Odd(Exception):
    pass


Odd.__module__ = 5
print(traceback.format_exception_only(Odd('x')))
Odd.__module__ = 'pkg.mod'
print(traceback.format_exception_only(Odd('x')))
print(traceback.format_exception_only(None), traceback.format_exception(None))

# SyntaxError layout
for args in [('msg', ('f.py', 3, 5, '  x = (1 +\n', 3, 8)),
             ('msg', ('f.py', None, 5, '  x = (1 +\n', 3, 8)),
             (),
             ('m', (None, 2, 0, 'abc', 2, 0)),
             ('m', (None, 2, 2, 'a\tbc', 2, -1)),
             ('m', ('g.py', 1, 3, '\f  ab\n', 1, 3)),
             ('m', ('g.py', 1, 9, 'abc', 1, 12))]:
    print(traceback.format_exception_only(SyntaxError(*args)))
try:
    compile('x = (1,\n', 'inline.py', 'exec')
except SyntaxError as se:
    print(traceback.format_exception_only(se))

# errors
for call in [lambda: traceback.format_exception(ValueError, ValueError()),
             lambda: traceback.format_exception(3),
             lambda: traceback.print_last()]:
    try:
        call()
    except Exception as x:
        print(type(x).__name__, x)

# FrameSummary / StackSummary
fs = traceback.FrameSummary('f.py', 3, 'fn', line='  x = 1  ')
print(repr(fs), fs.line, list(fs), fs[2], len(fs), fs == ('f.py', 3, 'fn', 'x = 1'),
      fs == traceback.FrameSummary('f.py', 3, 'fn', line='y'), fs == 3)
print(traceback.format_list([('a.py', 1, 'f', 'x'), ('b.py', 2, 'g', None), fs]))
traceback.print_list([('a.py', 1, 'f', 'x')], file=sys.stdout)
same = traceback.StackSummary.from_list([('r.py', 7, 'rec', 'rec()')] * 6 + [('r.py', 8, 'rec', 'x')] * 4 + [('r.py', 9, 'z', 'y')])
print(''.join(same.format()))
nolines = traceback.StackSummary.from_list([(None, None, None, None)] * 5)
print(len(nolines.format()))


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, limit=2)))
    print(''.join(traceback.format_exception(e, limit=-2)))
    print(''.join(traceback.format_tb(e.__traceback__, limit=0)) == '')


def locals_frame(a, b='text'):
    c = [a, b]
    raise KeyError(a)


try:
    locals_frame(1)
except KeyError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals, str(te), te == traceback.TracebackException.from_exception(e, capture_locals=True))
    print(''.join(te.stack.format()[1:]))


# chains
def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError('k') from z
    except KeyError:
        raise ValueError('outer')


try:
    chained()
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.__cause__._str, te.__context__.__context__ is None)
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(te.__context__.__cause__.__context__)

loop = ValueError('a')
other = TypeError('b')
loop.__context__ = other
other.__context__ = loop
print(''.join(traceback.format_exception(loop)))


def stack_here():
    return traceback.extract_stack(limit=2)


print([(f.name, f.line) for f in stack_here()])
print([(f.name, f.line) for f in traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)])
frames = list(traceback.walk_tb(None))
print(frames, traceback.clear_frames(None))
print(repr(traceback.TracebackException.__init__.__kwdefaults__['limit']))

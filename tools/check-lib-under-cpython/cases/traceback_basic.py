import traceback, sys, linecache
exprs = [
 "a + b", "a+b", "(a) + b", "(a+1) * b", "a * (b)", "a // b", "a ** b", "a  +  b", "a[1]", "a [1]", "a[ 1 ]", "(a)[1]", "a[1][2]",
 "-a", "a.b", "a + b + c", "x + a[1]", "a[1] + x", "a or b + c", "(a + b)", "a + (b + c)", "[a][1]", "a[1:2, 3]", "d['k']",
 "a+b # comment", "a +\tb", "a<<b", "a if a else b + 1", "not a + b", "-a * b", "-a ** b", "a ** -b", "a - -b", "1 + 'x'", "'x' + 1",
 "a @ b", "a % b", "'%d' % 'x'", "a | b", "a & b", "a ^ b", "a >> b", "x[a + b]", "f(x)[0]", "x.y[0]", "(x)[0] + 1", "a*b*c",
 "lst[10]", "lst [10]", "(lst)[(10)]", "d[1,]", "a  [ 1 ]  ", "1/0", "1 / 0", "1 //0", "u + 'é'", "'é' + u", "b'x' + 'y'", "a .b", "f'{a}' + 1",
 "(a,) + 1", "(a for a in []) + 1", "() + 1", "a . b + 1", "f(1)(2)", "a[0](1)", "[1][a]", "{}[a]", "d[lst]", "(1 +\n 'x')", "lst[0:a:'x']",
 "a + b if True else 0", "f(a + b)", "x + [lst[5]]", "'abc'[10]", "\"a\\\"b\" + 1", "'''x''' + 1", "1e5 + 'x'", "0x1f + 'x'", "1_000 + 'x'",
 "-(a) + 1", "~a", "a + -b", "a**b**c", "a * b ** c", "(a * b) ** c", "lst[[1][0]]", "lst [ 2 ] [ 3 ]", "{1: 2}[3]", "x.y.z",
]
pre = "a = None; b = None; c = None; x = None; d = {}; lst = []; u = 1\ndef f(*z): return None\n"
with open('/tmp/krait_tb_case.py', 'w') as out:
    out.write(pre)
    for i, e in enumerate(exprs):
        out.write('def case%d():\n    r = %s\n' % (i, e))
linecache.clearcache()
ns = {}
exec(compile(open('/tmp/krait_tb_case.py').read(), '/tmp/krait_tb_case.py', 'exec'), ns)
for i, e in enumerate(exprs):
    try:
        ns['case%d' % i]()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print(repr(e)); print('\n'.join(lines[-4:]))
def deep(n):
    if n == 0:
        raise ValueError('bottom')
    deep(n - 1)
try:
    deep(10)
except ValueError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(limit=2))
    print(traceback.format_exc(limit=-1))
def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    chained()
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, str(te), te.stack[0].name, repr(te.stack[0]).replace(__file__, 'F'))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k') from None
except KeyError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError('v')), traceback.format_exception_only(ValueError, ValueError()), traceback.format_exception_only(KeyError('x')))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr('m')), traceback.format_exception_only(OSError(2, 'No such file', 'f')))
import io
print(traceback.format_exception_only(io.UnsupportedOperation('nope')))
try:
    compile('x = (1 +\n', '<src>', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
try:
    compile('  a b c', 'f.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
e = SyntaxError('custom msg'); print(traceback.format_exception_only(e))
e = ValueError('with note'); e.add_note('note 1\nline2'); e.add_note('note 2'); print(traceback.format_exception_only(e))
def raise_group():
    raise ExceptionGroup('group', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [KeyError('k')])])
try:
    raise_group()
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)))
many = ExceptionGroup('many', [ValueError(i) for i in range(20)])
print(''.join(traceback.format_exception(many)))
def stack_here():
    return traceback.extract_stack(limit=2), traceback.format_stack(limit=2)
s, fs = stack_here(); print([(f.name, f.line) for f in s], ''.join(fs).replace(__file__, 'F'))
fsm = traceback.FrameSummary('file.py', 3, 'fn', line='  x = 1  ')
print(fsm, fsm.line, list(fsm), fsm == ('file.py', 3, 'fn', 'x = 1'), len(fsm), fsm[2])
print(traceback.format_list([('a.py', 1, 'f', 'pass'), fsm]))
print(''.join(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x')] * 6).format()))
try:
    traceback.print_exception(1)
except TypeError as e:
    print(e)
try:
    traceback.print_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
print(traceback.format_exception(None), traceback.format_exception_only(None))
def local_vars():
    q = [1, 2]
    raise ValueError('locals')
try:
    local_vars()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(''.join(te.stack[-1:].format()) if False else traceback.StackSummary.format_frame_summary(te.stack, te.stack[-1]))
tb_list = []
try:
    deep(2)
except ValueError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    print(len(traceback.extract_tb(e.__traceback__)), traceback.format_tb(e.__traceback__)[-1])
print(linecache.getline(__file__, 1), repr(linecache.getline(__file__, 10**6)), linecache.getlines('/nonexistent/x.py'), len(linecache.getlines(__file__)) > 50)

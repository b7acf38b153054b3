import traceback, linecache
exprs = [
 "a < b", "a.b(c)", "g(1) + 1", "g(1)", "len(5)", "[1, 2][a]", "a[b]", "{'k': 1}['j']", "lst[1] + lst[2]", "(lst[1])", "lst[1][2][3]",
 "1 + 2 + 'x' + 4", "1 * 2 + 'x' * 2", "'a' * 'b'", "2 ** 'x'", "a ** b ** c", "int('x')", "x.attr", "(x).attr", "x . attr",
 "u + (\n 'x')", "(u +\n 'x')", "[\n lst[5]]", "a    +    b", "a\t+\tb", "lst[ (5) ]", "lst[5 ]", "lst[\t5]", "( a ) + b", "(((a))) + b",
 "a + ((b))", "a+(b)", "(a)+(b)", "lst[5] if True else 0", "u / 0", "u % 0", "u // (0)", "(u) // 0", "u << -1", "[1][5:] + None",
 "[][0:1][5]", "(1, 2)[5]", "'s'.foo", "None()", "u()", "g(g(1))", "x[0:1]", "ñ + 1", "u + ñ", "'ñ' * 'ñ'", "lst[ñ]",
 "a if lst[5] else b", "not lst[5]", "-lst[5]", "lst[5].x", "lst[5](1)", "(lst)[5]", "lst[5,]", "lst[5:6, 7]", "d[u, u]", "a @ b @ c",
]
pre = "a = None; b = None; c = None; x = None; d = {}; lst = []; u = 1; ñ = None\ndef g(n): return n + 'x'\n"
with open('/tmp/krait_tb_case2.py', 'w') as out:
    out.write(pre)
    for i, e in enumerate(exprs):
        out.write('def case%d():\n    r = %s\n' % (i, e.replace('\n', '\n        ')))
linecache.clearcache()
ns = {}
exec(compile(open('/tmp/krait_tb_case2.py').read(), '/tmp/krait_tb_case2.py', 'exec'), ns)
for i, e in enumerate(exprs):
    try:
        ns['case%d' % i]()
    except Exception as exc:
        lines = traceback.format_exception(exc)
        print(repr(e)); print(''.join(lines[2:]))

# inspect source retrieval through linecache: getsource/getsourcelines/findsource for
# functions, methods, nested and decorated classes, lambdas, one-liners; the end of a block
# (strings, brackets, comments, continuations); getcomments, getdoc, cleandoc, getfile,
# getmodule, and their errors.
import inspect
import os
import sys

from inspect_src import shapes, tricky

targets = [shapes.plain, shapes.Square, shapes.Square.area, shapes.Square().area, shapes.Square.perim.fget,
           shapes.Square.Inner, shapes.Square.Inner.deep, shapes.decorated, shapes.outer()[0],
           shapes.outer()[1], shapes.one_liner, shapes.tabbed, shapes.after_tabbed, shapes.acoro,
           shapes.Square2, shapes.decorate,
           tricky.with_strings, tricky.continued, tricky.InIf, tricky.InIf.m, tricky.Outer.InIf,
           tricky.Outer().method(), tricky.Outer.method, tricky.gen_expr_holder()[0],
           tricky.gen_expr_holder()[1], tricky.Last, tricky.Last.final]
for obj in targets:
    lines, lnum = inspect.getsourcelines(obj)
    print('==', obj.__qualname__, lnum, len(lines), repr(inspect.getcomments(obj)))
    print(inspect.getsource(obj), end='')
lines, lnum = inspect.findsource(tricky.Outer.method)
print(lnum, len(lines), lines[lnum], end='')
print(repr(inspect.getcomments(shapes)), repr(inspect.getcomments(tricky)))
lines, lnum = inspect.getsourcelines(shapes)
print(lnum, len(lines), len(inspect.getsource(shapes)), lines[0], end='')
print(inspect.getdoc(shapes.plain))
print(repr(inspect.getdoc(shapes)), repr(inspect.getdoc(shapes.Square)), repr(inspect.getdoc(shapes.Square2)))
print(os.path.basename(inspect.getfile(shapes)), os.path.basename(inspect.getfile(shapes.Square)),
      os.path.basename(inspect.getfile(shapes.plain)), os.path.basename(inspect.getsourcefile(shapes.plain)))
print(inspect.getsourcefile(shapes.plain) == shapes.__file__, inspect.getabsfile(shapes.plain) == shapes.__file__,
      inspect.getmodule(shapes.Square) is shapes, inspect.getmodule(shapes.plain.__code__) is shapes,
      inspect.getmodule(sys._getframe()) is sys.modules[__name__], inspect.getmodule(3))
print(inspect.getmodulename('a/b/c.py'), inspect.getmodulename('x.txt'), inspect.getmodulename('m.so'),
      inspect.getmodulename('m.pyc'))
for bad in [3, sys, int, 'x', None]:
    try:
        print(inspect.getsource(bad))
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
    try:
        print(inspect.getfile(bad))
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)


class Local:
    """Local doc."""

    # comment for m
    def m(self):
        return 1


print(inspect.getsource(Local), end='')
print(inspect.getsourcelines(Local.m)[1], repr(inspect.getcomments(Local.m)), inspect.getdoc(Local))
exec("def dyn(): pass")
try:
    inspect.getsource(dyn)
except OSError as e:
    print('OSError:', e)
print(inspect.getfile(dyn))
print(inspect.cleandoc('  first\n    second\n      third\n\n'), inspect.cleandoc('\n\n  a\n\tb\n'),
      inspect.cleandoc(''), inspect.cleandoc('one line  '), sep='|')
print(inspect.indentsize('  \tx'), inspect.indentsize('x'), inspect.indentsize('    '))
print(inspect.getblock(['def f():\n', '    return 1\n', 'x = 2\n']))
print(inspect.getblock(['if x:\n', '    y\n', 'z\n']))
print(inspect.getblock(['@dec\n', 'class A: pass\n', 'b\n']))
print(inspect.getblock(['f = lambda: (1,\n', '  2)\n', 'g = 3\n']))
print(inspect.getblock(['    def m(self):\n', '        pass\n', '  bad dedent\n']))


class WithDoc:
    def m(self):
        """Inherited doc."""

    @property
    def p(self):
        """Property doc."""


class Sub(WithDoc):
    def m(self):
        pass

    p = WithDoc.p


print(inspect.getdoc(Sub.m), inspect.getdoc(Sub().m), inspect.getdoc(Sub), inspect.getdoc(Sub.p), inspect.getdoc(object))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(inspect.getsourcelines(tb)[1], inspect.getsource(tb)[:40])
    print(inspect.getsourcelines(tb.tb_frame)[1], inspect.getsourcelines(Local.m.__code__))

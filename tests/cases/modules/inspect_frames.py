# inspect frames: currentframe, stack (with context lines), getframeinfo, getouterframes,
# trace/getinnerframes from a traceback, FrameInfo/Traceback named tuples with positions,
# getargvalues/formatargvalues, getlineno.
import inspect
import os
import sys


def show(fi):
    print(type(fi).__name__, os.path.basename(fi.filename), fi.lineno, fi.function, fi.code_context, fi.index)
    print('   ', fi.positions)


def inner(n):
    fr = inspect.currentframe()
    print(fr.f_code.co_name, inspect.getlineno(fr), fr.f_back.f_code.co_name, fr is sys._getframe())
    for fi in inspect.stack()[:3]:
        show(fi)
    st = inspect.stack(context=3)
    show(st[0])
    print(repr(st[0]).split(' at 0x')[0], st[0][2:4], len(st[0]), st[0].frame is fr)
    tb = inspect.getframeinfo(fr)
    print(type(tb).__name__, tb[2:], tb.positions == tb.positions, len(tb))
    print(inspect.getframeinfo(fr, context=0)[2:])
    print(repr(inspect.getframeinfo(fr, context=0)).replace(os.path.dirname(__file__) + os.sep, ''))
    return [fi.function for fi in inspect.getouterframes(fr)]


def outer():
    return inner(1)


print(outer())
print(inspect.FrameInfo._fields, inspect.Traceback._fields)


def raiser():
    x = [1][2]
    return x


def catcher():
    try:
        raiser()
    except IndexError:
        for fi in inspect.trace():
            show(fi)
        tb = sys.exc_info()[2]
        for fi in inspect.getinnerframes(tb, context=2):
            show(fi)
        ti = inspect.getframeinfo(tb.tb_next)
        print(ti.lineno, ti.code_context, ti.positions)
        print(tb.tb_lineno, tb.tb_lasti >= 0, tb.tb_lasti % 2)


catcher()


def argvals(a, b=2, *args, k=1, **kw):
    fr = inspect.currentframe()
    info = inspect.getargvalues(fr)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))


argvals(1, 2, 3, k=4, z=5)
print(inspect.getargs(argvals.__code__))
try:
    inspect.getargs(argvals)
except TypeError as e:
    print('TypeError:', str(e).split(' at 0x')[0])


def gen():
    yield inspect.stack()[0].function
    yield inspect.currentframe().f_back.f_code.co_name


print(list(gen()))
print(inspect.stack()[0].function, inspect.stack()[0].index, inspect.stack(0)[0].code_context)

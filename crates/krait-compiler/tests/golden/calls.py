import os
def f(a, b=1, *args, c, d=2, **kw):
    return g(a, *args, key=b, **kw) + os.path.join(a, b) + a.m(1, x=2)
print(f(1, c=3))

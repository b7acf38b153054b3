# A keyword argument repeated in a call.
def f(**kw):
    return kw


print(f(a=1, a=2))

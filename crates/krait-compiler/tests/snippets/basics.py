def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    for i in range(10):
        if i % 2 == 0 and x:
            continue
        x += i
    else:
        pass
    try:
        y = g(x, key=1)
    except ValueError as e:
        print(e)
    finally:
        z = 3
    return x

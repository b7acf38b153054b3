x, w = 3.14159, 10
print(f"{x!r:>{w}.2f} {x=} {'a' 'b'} %s" % (x,), f"", f"{x:}")
print("%s and %r" % (x, w))

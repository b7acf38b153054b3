# An assignment to a literal suggests ==.
if 1 = x:
    pass

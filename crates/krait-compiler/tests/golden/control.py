def f(xs):
    total = 0
    for x in xs:
        if x < 0 and x != -1:
            continue
        elif 0 < x < 10:
            total += x
        else:
            break
    else:
        total = -total
    while total > 100:
        total //= 2
    return total if total else None

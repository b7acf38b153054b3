class NegativeValue(ValueError):
    pass


def check(values):
    for v in values:
        _check_one(v)


def _check_one(v):
    if v < 0:
        raise NegativeValue(f"negative value {v}")

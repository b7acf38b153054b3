# except* re-raising several exceptions groups them in a list; a naked exception is wrapped in a tuple.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise OSError("o")
except BaseException as e:
    print(repr(e), type(e.exceptions))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except BaseException as e:
    print(repr(e))

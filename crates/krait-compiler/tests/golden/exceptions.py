def f():
    try:
        a()
    except (KeyError, ValueError) as e:
        raise RuntimeError("x") from e
    except Exception:
        pass
    else:
        b()
    finally:
        c()
    with open("x") as fh, lock:
        return fh.read()

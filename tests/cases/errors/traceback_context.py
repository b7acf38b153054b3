# "During handling of the above exception, another exception occurred" chaining in the traceback.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"cannot parse {text!r}")


parse("abc")

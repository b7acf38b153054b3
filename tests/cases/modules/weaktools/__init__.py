"""Helpers shared by the weakref cases: addresses masked out of printed text."""


def mask(s):
    """Replace every hex address in str(s) by 0x?."""
    s, out, i = str(s), [], 0
    while i < len(s):
        if s.startswith("0x", i):
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
            out.append("0x?")
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def attempt(label, f):
    """Print f() or the exception it raises, addresses masked."""
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, mask(e))

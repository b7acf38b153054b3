import sys


def with_strings():
    a = """
class Fake:
def nope():
"""
    b = f"{a!r:>{10}} and {'x'}"
    c = 'it\'s' + "q\"q" + r'\d'
# comment at column 0 inside the body
    d = [1,
# odd comment in brackets
2]
    return a, b, c, d
    # trailing body comment

    # another trailing body comment
# column 0 comment after
x = 1


def continued(a,
              b) \
        -> int:
    return \
        a + b


if sys.version_info:
    class InIf:
        def m(self):
            pass
else:
    class InIf:
        pass


class Outer:
    class InIf:
        x = 1

    def method(self):
        class InIf:
            y = 2
        return InIf


def gen_expr_holder():
    return (lambda: 1,
            lambda y: y)


class Last:
    def final(self):
        return 'no newline at end'
    # last
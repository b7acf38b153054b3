# Frames named <lambda>, <listcomp>, <genexpr>, methods and a class body in a traceback; multi-line statement carets.
class Calculator:
    def divide_all(self, values, by):
        return [self.divide(v, by) for v in values]

    def divide(self, a, b):
        op = lambda x, y: x / y
        return op(a, b)


def total(values):
    return sum(
        v * 2
        for v in values
    )


print(total([1, 2, 3]))
calc = Calculator()
print(calc.divide_all([4, 6], 2))
calc.divide_all([1, 2], 0)

# Exceptions: raising and catching in loops, custom classes, finally blocks, try/else, nested handlers.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def main():
    caught = 0
    codes = 0
    finals = 0
    for i in range(1800000):
        try:
            risky(i)
        except AppError as e:
            caught += 1
            codes += e.code
        except KeyError:
            caught += 1
        else:
            codes -= 1
        finally:
            finals += 1
    lookups = 0
    d = {i: i for i in range(0, 1000, 2)}
    for _ in range(900):
        for i in range(1000):
            try:
                lookups += d[i]
            except KeyError:
                lookups -= 1
    nested = 0
    for i in range(300000):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            nested += e.__cause__.args[0] & 1
    print("caught", caught, "codes", codes, "finals", finals, "lookups", lookups, "nested", nested)


main()

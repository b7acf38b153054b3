# The `except E as e` name is unbound after the handler.
e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", repr(e))

try:
    print(e)
except NameError as err:
    print("after:", err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        return str(err), type(saved).__name__


print(f())

try:
    try:
        raise KeyError("k")
    except KeyError as first:
        raise
except KeyError as outer:
    print("re-raised", repr(outer))

errors = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        errors.append(str(e))
print(errors)

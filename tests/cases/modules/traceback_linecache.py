# traceback.format_exc/print_exc/format_exception/extract_tb/format_stack and linecache.getline.
import linecache
import sys
import traceback


def inner():
    raise ValueError("deep problem")


def outer():
    inner()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text)
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(etype, value))
    print("".join(traceback.format_exception(value)), end="")
    print(traceback.format_tb(tb)[-1], end="")

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    print(traceback.format_exc(), end="")
print(repr(traceback.format_exc()))


def show_stack():
    return traceback.format_stack()[-2:]


print("".join(show_stack()), end="")
summary = traceback.extract_stack()
print(summary[-1].name, summary[-1].lineno, type(summary).__name__)
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 7)))
print(repr(linecache.getline(__file__, 10000)), repr(linecache.getline("no_such_file.py", 1)))
print(len(linecache.getlines(__file__)) > 40)

# krait-test: args=one two-words 3
# sys: argv, maxsize, limits, flags, modules, path[0], byteorder, exit via SystemExit, stdout/stderr objects.
import sys

print(sys.argv)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version).__name__)
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys, type(sys.path).__name__)
print(sys.path[0] == __import__("os").getcwd())
print(sys.stdout.encoding, sys.stderr.name, sys.stdout.name, sys.stdin.name, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.ignore_environment, sys.flags.verbose)
print(sys.implementation.name in ("cpython", "krait"), callable(sys.exit), sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() if hasattr(sys, "exception") else repr(v))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getsizeof(0) > 0, isinstance(sys.getrefcount(object()), int))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
print(sys.builtin_module_names.__class__.__name__, "sys" in sys.builtin_module_names)
print(sys.executable != "", sys.prefix != "", type(sys.warnoptions).__name__, sys.orig_argv[-4:])

"""Runs a program under CPython 3.11 with Krait's lib/ modules in place of CPython's own."""
import sys
import posix

LIB = sys.argv[1]
PROGRAM = sys.argv[2]
if not PROGRAM.startswith('/'):
    PROGRAM = posix.getcwd() + '/' + PROGRAM
_external = sys.modules['_frozen_importlib_external']

names = set()
for entry in posix.listdir(LIB):
    if entry.endswith('.py'):
        names.add(entry[:-3])
    elif not entry.startswith('.'):
        try:
            posix.stat(LIB + '/' + entry + '/__init__.py')
            names.add(entry)
        except OSError:
            pass


class LibFinder:
    """Finds every top-level module that lib/ provides before builtin or frozen ones."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.partition('.')[0] not in names:
            return None
        if '.' not in name:
            path = [LIB]
        return _external.PathFinder.find_spec(name, path, target)

    @classmethod
    def invalidate_caches(cls):
        pass


for loaded in list(sys.modules):
    if loaded.partition('.')[0] in names:
        del sys.modules[loaded]
sys.meta_path.insert(0, LibFinder)

sys.argv = sys.argv[2:]
sys.path[0] = PROGRAM.rpartition('/')[0] or '.'
main = type(sys)('__main__')
main.__file__ = PROGRAM
main.__builtins__ = __builtins__
sys.modules['__main__'] = main
with open(PROGRAM, 'rb') as source_file:
    source = source_file.read()


def report(exc):
    # Uncaught errors are printed by lib/traceback.py, which must print what
    # CPython's own sys.excepthook would.
    import traceback
    traceback.print_exception(exc)
    sys.exit(1)


try:
    code = compile(source, PROGRAM, 'exec')
except SyntaxError as exc:
    report(exc.with_traceback(None))
try:
    exec(code, main.__dict__)
except SystemExit:
    raise
except KeyboardInterrupt as exc:
    import traceback
    traceback.print_exception(exc.with_traceback(exc.__traceback__.tb_next))
    # Die of SIGINT, as CPython does after an uncaught KeyboardInterrupt.
    sys.stdout.flush()
    import signal
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    posix.kill(posix.getpid(), signal.SIGINT)
except BaseException as exc:
    report(exc.with_traceback(exc.__traceback__.tb_next))

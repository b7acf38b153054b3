"""Runs a program under CPython 3.11 with Krait's lib/ modules in place of CPython's own."""
import sys
import posix

LIB = sys.argv[1]
PROGRAM = sys.argv[2]
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
try:
    exec(compile(source, PROGRAM, 'exec'), main.__dict__)
except SystemExit:
    raise
except BaseException as exc:
    # Report the error as CPython would have, without this file's frame.
    exc.__traceback__ = exc.__traceback__.tb_next
    sys.excepthook(type(exc), exc, exc.__traceback__)
    sys.exit(1)

# threading.excepthook: default report on stderr, SystemExit ignored, custom hooks, failing hooks.
import io
import sys
import threading


def strip_library_frames(text):
    """Drop traceback entries that point into threading.py (their lines differ between builds)."""
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            skipping = "threading.py" in line
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


def run_captured(target, name):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        t = threading.Thread(target=target, name=name)
        t.start()
        t.join()
    finally:
        sys.stderr = saved
    print(strip_library_frames(buf.getvalue()))
    print("--")


def fails():
    raise ValueError("bad value in thread")


def exits():
    sys.exit(3)


def nested():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while handling") from e


run_captured(fails, "failing")
run_captured(exits, "exiting")
run_captured(nested, "chained")
print(threading.excepthook is threading.__excepthook__)

# A custom hook sees the exception and the thread.
calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value), type(args.exc_traceback).__name__,
                  args.thread.name, len(args), args[0] is args.exc_type))


threading.excepthook = hook
for target in (fails, exits):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()
print(calls)


# A hook that fails is reported through sys.excepthook.
def broken_hook(args):
    raise TypeError("hook is broken")


threading.excepthook = broken_hook
run_captured(fails, "hook-fails")


def custom_sys_hook(tp, value, tb):
    print("sys.excepthook got", tp.__name__, value, value.__suppress_context__)


sys.excepthook = custom_sys_hook
t = threading.Thread(target=fails, name="hook-fails-again")
saved = sys.stderr
sys.stderr = buf = io.StringIO()
t.start()
t.join()
sys.stderr = saved
print(repr(buf.getvalue()))
sys.excepthook = sys.__excepthook__

# excepthook set to None: a new Thread refuses; one made before uses the hook of its creation.
threading.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print("RuntimeError:", e)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=fails, name="none-hook")
threading.excepthook = None
sys.stderr = buf = io.StringIO()
t.start()
t.join()
sys.stderr = saved
print(strip_library_frames(buf.getvalue()))
threading.excepthook = threading.__excepthook__
sys.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.excepthook = sys.__excepthook__

# ExceptHookArgs is a 4-tuple with named fields.
args = threading.ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(args, tuple(args) == (KeyError, args.exc_value, None, None), isinstance(args, tuple))
for bad in ((1, 2), [1, 2, 3, 4, 5]):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print("TypeError:", e)

# The default hook on real stderr, with a traceback made in the main thread.
try:
    fails()
except ValueError as e:
    err = e
named = threading.Thread(name="reported")
threading.excepthook(threading.ExceptHookArgs((ValueError, err, err.__traceback__, named)))
threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, named)))
threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError("no traceback"), None, named)))
print("done")

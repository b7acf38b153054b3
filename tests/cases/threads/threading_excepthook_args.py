# threading.ExceptHookArgs is a structseq-like 4-tuple: named fields, and only 4-sequences are accepted.
import threading

args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, "a thread"])
print(args)
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args), args[-1])
print(type(args).__name__, isinstance(args, tuple), args == (ValueError, args.exc_value, None, "a thread"))
for bad in ((1, 2), [1, 2, 3, 4, 5], ()):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.ExceptHookArgs(5)
except TypeError as e:
    print("TypeError:", e)
try:
    args.thread = None
except AttributeError as e:
    print("AttributeError:", e)

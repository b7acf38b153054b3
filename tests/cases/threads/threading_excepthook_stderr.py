# The default excepthook: the stream saved at Thread() time when sys.stderr is None, the ident when thread is None, any object with a name.
import threading, sys, io
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=lambda: 1/0, name="nostderr")
sys.stderr = None
t.start(); t.join()
sys.stderr = sys.__stderr__
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
# thread=None: prints the current ident
a = threading.ExceptHookArgs((ValueError, ValueError("x"), None, None))
sys.stderr = buf = io.StringIO()
threading.excepthook(a)
sys.stderr = sys.__stderr__
print(buf.getvalue().replace(str(threading.get_ident()), "IDENT"))
class Named: name = "duck"
sys.stderr = buf = io.StringIO()
threading.excepthook(threading.ExceptHookArgs((ValueError, ValueError("y"), None, Named())))
sys.stderr = sys.__stderr__
print(buf.getvalue())

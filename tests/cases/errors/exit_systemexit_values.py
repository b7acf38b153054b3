# SystemExit with None is status 0; uncaught SystemExit is not an error; atexit still runs.
import atexit

atexit.register(print, "atexit ran")
print("raising SystemExit(None)")
raise SystemExit(None)

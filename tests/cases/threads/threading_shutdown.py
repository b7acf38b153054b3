# At exit the interpreter waits for non-daemon threads (after threading's own atexit hooks); daemon ones are abandoned.
import atexit
import threading

release = threading.Event()
never = threading.Event()


def worker():
    release.wait()
    print("worker: released at shutdown, finishing")


def forever():
    never.wait()
    print("daemon: never printed")


atexit.register(lambda: print("atexit handler runs after the threads"))
threading._register_atexit(lambda: print("threading atexit hook"))
threading._register_atexit(release.set)
threading.Thread(target=worker).start()
threading.Thread(target=forever, daemon=True).start()
print("main: end of script", threading.active_count())

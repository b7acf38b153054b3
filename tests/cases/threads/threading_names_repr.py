# Thread names (one global counter, target names in brackets) and reprs in each state.
import functools
import re
import threading


def clean(text):
    return re.sub(r"\d{5,}", "IDENT", text)


def task():
    pass


print(threading.Thread().name)
print(threading.Thread(target=task).name)
print(threading.Thread(target=lambda: 0).name)
print(threading.Thread(target=print).name)
print(threading.Thread(target=functools.partial(task)).name)
print(threading.Thread(name="custom").name)
print(threading.Thread().name)
print(repr(threading.Thread(name="").name), threading.Thread(name=0).name, repr(threading.Thread(name=12).name))


class Worker(threading.Thread):
    pass


w = Worker()
print(w.name, repr(w))
w.name = 99
print(repr(w.name))
print(threading.Timer(1, task).name)

t = threading.Thread(target=task, name="short")
print(repr(t))
t.start()
t.join()
print(clean(repr(t)))
d = threading.Thread(target=task, daemon=True)
print(repr(d))
d.start()
d.join()
print(clean(repr(d)))

gate = threading.Event()
r = threading.Thread(target=gate.wait, name="running")
r.start()
print(clean(repr(r)))
gate.set()
r.join()
print(clean(repr(r)))
print(clean(repr(threading.main_thread())))
print(clean(str(threading.current_thread())))

# Threads started through _thread get dummy Thread objects named from the same counter.
import _thread

got = []
done = threading.Event()


def raw():
    cur = threading.current_thread()
    got.append((type(cur).__name__, cur.name, cur.daemon, cur.is_alive(), clean(repr(cur))))
    try:
        cur.join()
    except AssertionError as e:
        got.append(str(e))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(got)
print(threading.Thread().name)

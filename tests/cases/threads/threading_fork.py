# After os.fork() the child keeps only the forking thread, which becomes its main thread.
import os, threading, sys
gate = threading.Event()
bg = threading.Thread(target=gate.wait, name="bg")
bg.start()
def report(tag):
    cur = threading.current_thread()
    print(tag, threading.active_count(), sorted(t.name for t in threading.enumerate()), cur.name,
          threading.main_thread() is cur, type(threading.main_thread()).__name__, cur.is_alive(), bg.is_alive(), flush=True)
pid = os.fork()
if pid == 0:
    report("child-of-main")
    t = threading.Thread(target=lambda: print("thread in child", flush=True)); t.start(); t.join()
    os._exit(0)
os.waitpid(pid, 0)
def forker():
    pid = os.fork()
    if pid == 0:
        report("child-of-thread")
        os._exit(0)
    os.waitpid(pid, 0)
f = threading.Thread(target=forker, name="forker"); f.start(); f.join()
gate.set(); bg.join()
report("parent")

# multiprocessing.dummy: thread-backed Process, Pool, Value, Namespace, Pipe...
import threading
import queue
import multiprocessing.dummy as md
from multiprocessing.dummy import connection

print(md.__all__)
print(md.current_process() is threading.current_thread())
print(md.Process is md.DummyProcess, md.Process.__mro__[1] is threading.Thread)
print(md.Lock is threading.Lock, md.RLock is threading.RLock, md.Event is threading.Event,
      md.Condition is threading.Condition, md.Semaphore is threading.Semaphore,
      md.BoundedSemaphore is threading.BoundedSemaphore, md.Barrier is threading.Barrier)
print(md.Queue is queue.Queue, md.JoinableQueue is queue.Queue)

out = []
p = md.Process(target=out.append, args=(1,))
print(p.exitcode, p.is_alive(), md.active_children())
gate = threading.Event()
q = md.Process(target=gate.wait, name='waiter')
q.start()
print([c.name for c in md.active_children()], q.exitcode)
gate.set()
q.join()
p.start()
p.join()
print(out, p.exitcode, q.exitcode, md.active_children())
try:
    p.start()
except RuntimeError:
    print('RuntimeError on second start')

kw = md.Process(target=lambda value: out.append(value), kwargs={'value': 2})
kw.start()
kw.join()
print(out)

v = md.Value('i', 3)
print(v, v.value)
v.value += 4
print(repr(v))
ns = md.Namespace(b=2, a='x', _hidden=1)
print(ns, ns.a)
ns.c = [1]
print(ns)

m = md.Manager()
print(m is md, m.list is list, m.dict is dict, md.shutdown(), md.freeze_support())

pool = md.Pool(2)
print(type(pool).__name__, pool.map(abs, [-1, -2]))
pool.close()
pool.join()
with md.Pool(1, initializer=out.append, initargs=('init',)) as pool:
    print(pool.apply(len, ('abc',)))
print(out[-1])

a, b = md.Pipe()
a.send('ping')
print(b.poll(), b.recv(), b.poll())
b.send(('pong', 1))
print(a.recv())
print(a.poll(0.01))
with a, b:
    pass

listener = connection.Listener()
box = []
t = threading.Thread(target=lambda: box.append(listener.accept().recv()))
t.start()
client = connection.Client(listener.address)
client.send('hello')
t.join()
print(box)
listener.close()
print(connection.__all__, connection.families)

results = md.Queue()
workers = [md.Process(target=lambda n=n: results.put(n * n)) for n in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.get() for _ in range(4)))

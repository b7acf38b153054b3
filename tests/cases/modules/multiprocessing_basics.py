# multiprocessing with the fork start method: Process, exitcode, Queue, Pipe, Pool.map/starmap/apply_async, Value/Array.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def put_items(q, n):
    for i in range(n):
        q.put(i * 10)
    q.put(None)


def echo(conn):
    msg = conn.recv()
    conn.send(msg.upper())
    conn.close()


def bump(counter, arr):
    with counter.get_lock():
        counter.value += 1
    arr[0] += 5


def exits(code):
    raise SystemExit(code)


if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=exits, args=(3,), name="exiter")
    p.start()
    p.join()
    print(p.name, p.exitcode, p.is_alive())
    q = mp.Queue()
    prod = mp.Process(target=put_items, args=(q, 4))
    prod.start()
    items = []
    while (item := q.get()) is not None:
        items.append(item)
    prod.join()
    print(items, prod.exitcode)
    parent, child = mp.Pipe()
    e = mp.Process(target=echo, args=(child,))
    e.start()
    parent.send("ping")
    print(parent.recv())
    e.join()
    counter = mp.Value("i", 0)
    arr = mp.Array("i", [1, 2, 3])
    procs = [mp.Process(target=bump, args=(counter, arr)) for _ in range(3)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(counter.value, arr[:])
    with mp.Pool(2) as pool:
        print(pool.map(square, range(8)), pool.starmap(add, [(1, 2), (3, 4)]), pool.apply(add, (5, 6)))
        res = pool.apply_async(square, (9,))
        print(res.get(timeout=10), res.ready(), res.successful())
        print(sorted(pool.imap_unordered(square, range(5))), list(pool.imap(square, range(3))))
    print(mp.current_process().name, mp.cpu_count() >= 1)

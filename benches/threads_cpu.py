"""Two CPU-bound threads under the GIL: the same work as one thread would do, split in two.

`python threads_cpu.py 1` runs all of it in one thread instead (for the serialisation ratio:
two threads should take about as long as one, neither faster nor much slower).
"""
import sys
import threading

TOTAL = 16_000_000


def work(n, out, i):
    acc = 0
    for k in range(n):
        acc = (acc + k * k) % 1_000_003
    out[i] = acc


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    share = TOTAL // nthreads
    out = [0] * nthreads
    threads = [threading.Thread(target=work, args=(share, out, i)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(out) % 1_000_003 if nthreads > 1 else out[0])


main()

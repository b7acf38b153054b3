import io, random, os
rng = random.Random(21)
chunks = ['a', 'bc', '\n', '\r', '\r\n', 'é', 'xyz\n', '', '€\r\n']
for newline in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('init\r\nvalue\n', newline=newline)
    log = []
    for step in range(3000):
        op = rng.randrange(8)
        try:
            if op == 0: log.append(s.write(rng.choice(chunks)))
            elif op == 1: log.append(s.read(rng.randrange(-1, 5)))
            elif op == 2: log.append(s.readline(rng.choice([-1, 1, 3, 10])))
            elif op == 3: log.append(s.seek(rng.randrange(0, 40)))
            elif op == 4: log.append(s.tell())
            elif op == 5 and rng.random() < 0.1: log.append(s.truncate(rng.choice([None, rng.randrange(30)])))
            elif op == 6: log.append(s.seek(0, rng.choice([1, 2])))
            elif op == 7 and rng.random() < 0.05: log.append(s.getvalue())
        except (ValueError, OSError) as e:
            log.append(type(e).__name__ + str(e))
    print(repr(newline), log[-40:], repr(s.getvalue()), s.newlines)
b = io.BytesIO(b'start')
log = []
for step in range(3000):
    op = rng.randrange(7)
    if op == 0: log.append(b.write(bytes(rng.randrange(256) for _ in range(rng.randrange(4)))))
    elif op == 1: log.append(b.read(rng.randrange(-1, 5)))
    elif op == 2: log.append(b.readline(rng.choice([-1, 2])))
    elif op == 3:
        try:
            log.append(b.seek(rng.randrange(-5, 40), rng.randrange(3)))
        except ValueError as e:
            log.append(str(e))
    elif op == 4: log.append(b.tell())
    elif op == 5 and rng.random() < 0.1: log.append(b.truncate(rng.randrange(30)))
    elif op == 6: log.append(b.read1(3))
print(log[-40:], b.getvalue())
P = '/tmp/krait-io-random.bin'
with io.open(P, 'wb') as f:
    f.write(bytes(range(256)) * 40)
for bufsize in [1, 7, 64, 8192]:
    with io.open(P, 'r+b', buffering=bufsize) as f:
        log = []
        for step in range(2000):
            op = rng.randrange(7)
            if op == 0: log.append(f.write(bytes([step % 256]) * rng.randrange(1, 20)))
            elif op == 1: log.append(f.read(rng.randrange(-1, 30)) if rng.random() < 0.98 else f.read(5))
            elif op == 2: log.append(f.seek(rng.randrange(0, 12000)))
            elif op == 3: log.append(f.tell())
            elif op == 4: log.append(f.readline(rng.choice([-1, 5])))
            # peek() and read1() sizes depend on the buffer policy, so not here.
            elif op == 5: log.append(f.read(3))
            elif op == 6: log.append(f.readline(2))
        f.flush()
    print(bufsize, [len(x) if isinstance(x, bytes) else x for x in log[-60:]], len(open(P, 'rb').read()))
for newline in [None, '', '\r\n']:
    with io.open(P, 'w', newline='') as f:
        for i in range(500):
            f.write(rng.choice(chunks) * rng.randrange(3))
    with io.open(P, newline=newline, encoding='utf-8') as f:
        log = []
        positions = []
        for step in range(800):
            op = rng.randrange(4)
            if op == 0:
                positions.append(f.tell()); log.append(f.readline())
            elif op == 1: log.append(f.read(rng.randrange(0, 7)))
            elif op == 2 and positions:
                p = rng.choice(positions); f.seek(p); log.append(('seek', f.readline()))
            elif op == 3: log.append(f.readline(2))
        print(repr(newline), log[-30:], f.newlines)
os.remove(P)

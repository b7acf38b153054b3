# StreamReader.read/readline/readlines over io.BytesIO with generated texts (line endings split
# across reads, size limits), and StreamWriter output, for several encodings.
import random, codecs, io
random.seed(3)
pieces = ['a', 'bc', '\n', '\r', '\r\n', '\u20ac', '\U0001f600', '\x85', '\u2028', 'xyz']
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'latin-1', 'utf-8-sig']:
    for i in range(60):
        text = ''.join(random.choice(pieces) for _ in range(random.randint(0, 12)))
        if enc == 'latin-1':
            text = text.encode('latin-1', 'ignore').decode('latin-1')
        data = text.encode(enc)
        r = codecs.getreader(enc)(io.BytesIO(data))
        mode = i % 4
        if mode == 0:
            res = [r.readline() for _ in range(6)]
        elif mode == 1:
            res = [r.read(random.randint(1, 4)) for _ in range(5)] + [r.read()]
        elif mode == 2:
            res = r.readlines()
        else:
            res = [r.readline(random.randint(1, 5)) for _ in range(5)] + [r.readline(keepends=False)]
        print(enc, mode, repr(text), res)
    w = io.BytesIO()
    sw = codecs.getwriter(enc)(w)
    sw.write('ab'); sw.write('\u00e9'); sw.writelines(['x', 'y'])
    print(enc, w.getvalue())

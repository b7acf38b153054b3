# zipfile writing: the exact bytes of stored archives (headers, ZIP64 extra, data descriptors
# on unseekable streams, comments, UTF-8 names, appending after other data), member streams
# (read/read1/readline/peek/seek/tell, iteration), deflated round trips and zipfile.Path.
import binascii
import io
import os
import tempfile
import zipfile

T = (2019, 12, 31, 23, 59, 58)


def info(name, **fields):
    zi = zipfile.ZipInfo(name, T)
    for key, value in fields.items():
        setattr(zi, key, value)
    return zi


def show(label, data):
    print(label, len(data))
    for i in range(0, len(data), 48):
        print("  ", binascii.hexlify(data[i:i + 48]).decode())


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(info("a.txt"), "alpha")
    zf.writestr(info("déjà/vu.txt", comment=b"note", extra=b"\x99\x99\x01\x00z"), b"utf8 name")
    zf.writestr(info("folder/"), b"")
    zf.mkdir(info("made/", CRC=0, external_attr=(0o40700 << 16) | 0x10))
    with zf.open(info("big.bin"), "w", force_zip64=True) as w:
        print(w.write(b"0123456789"), w.write(bytearray(b"ab")), w.writable())
    zf.comment = b"archive note"
show("seekable", buf.getvalue())


class Sink:
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b
        return len(b)

    def flush(self):
        pass


sink = Sink()
with zipfile.ZipFile(sink, "w") as zf:
    zf.writestr(info("s1"), b"stream one")
    with zf.open(info("s2"), "w", force_zip64=True) as w:
        w.write(b"x")
show("unseekable", bytes(sink.data))
with zipfile.ZipFile(io.BytesIO(bytes(sink.data))) as zf:
    for zi in zf.infolist():
        print(zi, zi.flag_bits, zi.CRC, zf.read(zi))

stub = io.BytesIO(b"#!/bin/sh\necho stub\n")
stub.seek(0, 2)
with zipfile.ZipFile(stub, "a") as zf:
    zf.writestr(info("after"), b"appended to a script")
show("prefixed", stub.getvalue())
with zipfile.ZipFile(io.BytesIO(stub.getvalue())) as zf:
    print(zf.infolist()[0].header_offset, zf.read("after"), zipfile.is_zipfile(io.BytesIO(stub.getvalue())))

with zipfile.ZipFile(buf) as zf:
    for zi in zf.infolist():
        print(repr(zi), zi.comment, zi.extra, zi.extract_version, zi.create_version, zi.flag_bits)
    with zf.open("big.bin") as f:
        print(repr(f), f.read(3), f.read1(2), f.peek(1)[:1], f.tell(), f.seekable())
        print(f.seek(-4, 2), f.read(), f.seek(1), f.read(2), f.seek(2, 1), f.read(1), f.tell())
        print(f.seek(100), f.read(), f.seek(0), f.readline(), f.readable())

text = "line one\nline two\n\nlast line without newline"
for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    mem = io.BytesIO()
    with zipfile.ZipFile(mem, "w", compression=method, compresslevel=6) as zf:
        zf.writestr(info("t.txt", compress_type=method), text * 30)
        zf.writestr(info("n.txt"), "stored anyway")
        zf.writestr("level.txt", b"x" * 1000, compress_type=method, compresslevel=1)
    with zipfile.ZipFile(mem) as zf:
        zi = zf.getinfo("t.txt")
        print(zi.compress_type, zf.getinfo("n.txt").compress_type, zi.file_size, zi.CRC)
        print(zf.read("level.txt") == b"x" * 1000, zf.getinfo("level.txt").compress_type)
        with zf.open("t.txt") as f:
            lines = list(f)
            print(len(lines), lines[:3], lines[3][:20])
            print(f.seek(5), f.readline(4), f.readline(), f.seek(0), len(f.read()))
        with zf.open(zi) as f:
            print(repr(f).replace("deflate", "DEFLATE"), f.read(9), f.readlines()[0])
        print(zf.testzip())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.zip")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(info("pkg/mod.tar.gz"), "data")
        zf.writestr(info("pkg/sub/inner.txt"), "inner\ntext\n")
        zf.writestr(info(".hidden"), "h")
        zf.writestr(info("dot."), "d")
    root = zipfile.Path(path)
    print(repr(root).replace(d, "D"), root.name, root.is_dir(), root.exists())
    for child in root.iterdir():
        print(" ", repr(child).replace(d, "D"), child.name, child.is_dir(), child.is_file())
    tgz = root / "pkg" / "mod.tar.gz"
    print(tgz.name, tgz.stem, tgz.suffix, tgz.suffixes, repr(tgz.parent).replace(d, "D"))
    for p in (root / ".hidden", root / "dot."):
        print(p.name, repr(p.stem), repr(p.suffix), p.suffixes)
    inner = root.joinpath("pkg", "sub", "inner.txt")
    print(inner.read_text().splitlines(), inner.read_bytes(), str(inner).replace(d, "D"))
    print(str(inner.filename).replace(d, "D"), repr(root.joinpath("pkg", "sub")).replace(d, "D"))
    with inner.open() as f:
        print(type(f).__name__, f.readline(), end="")
    for label, fn in [("missing", lambda: (root / "none").open()), ("dir", lambda: (root / "pkg").open()),
                      ("listdir", lambda: inner.iterdir()), ("binary args", lambda: inner.open("rb", "utf-8"))]:
        try:
            fn()
        except Exception as e:
            print(label, type(e).__name__, str(e).replace(d, "D"))

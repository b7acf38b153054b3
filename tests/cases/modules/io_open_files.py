# open(): text and binary modes, encodings, errors handlers, newline translation, append, x mode, iteration, seek.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w", encoding="utf-8") as f:
        print(type(f).__name__, f.mode, f.encoding, f.closed, f.name == path)
        f.write("héllo\nwörld\n")
        f.writelines(["a\n", "b\n"])
        print(f.tell() > 0)
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        print(f.read())
    with open(path, "rb") as f:
        raw = f.read()
        print(raw, len(raw), type(f).__name__)
    with open(path, encoding="latin-1") as f:
        print(repr(f.readline()))
    with open(path, encoding="ascii", errors="replace") as f:
        print(repr(f.readline()))
    try:
        with open(path, encoding="ascii") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    with open(path, "a", encoding="utf-8") as f:
        f.write("appended\n")
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, encoding="utf-8") as f:
        print(f.readlines()[-1], end="")
        f.seek(0)
        print(f.read(3), f.readline(), end="")
    crlf = os.path.join(d, "crlf.txt")
    with open(crlf, "wb") as f:
        f.write(b"one\r\ntwo\rthree\n")
    with open(crlf) as f:
        print(repr(f.read()))
    with open(crlf, newline="") as f:
        print(repr(f.read()))
    with open(crlf, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    with open(crlf, "rb") as f:
        print(f.read())
    latin = os.path.join(d, "latin.txt")
    with open(latin, "w", encoding="latin-1") as f:
        f.write("café")
    print(open(latin, "rb").read(), os.path.getsize(latin))
    with open(latin, "r+", encoding="latin-1") as f:
        f.seek(0)
        f.write("C")
    print(open(latin, encoding="latin-1").read())
    try:
        open(latin, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror, e.errno)
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    try:
        open(latin, "rw")
    except ValueError as e:
        print(e)
    try:
        open(latin, "rb", encoding="utf-8")
    except ValueError as e:
        print(e)
    with open(latin, "rb") as f:
        print(f.read(2), f.tell(), f.seek(0), f.read1(1) if hasattr(f, "read1") else b"C")
    f = open(latin)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    utf8sig = os.path.join(d, "bom.txt")
    with open(utf8sig, "w", encoding="utf-8-sig") as f:
        f.write("bom")
    print(open(utf8sig, "rb").read(), open(utf8sig, encoding="utf-8-sig").read())
    with open(os.path.join(d, "u16.txt"), "w", encoding="utf-16") as f:
        f.write("hi")
    print(open(os.path.join(d, "u16.txt"), "rb").read(), open(os.path.join(d, "u16.txt"), encoding="utf-16").read())

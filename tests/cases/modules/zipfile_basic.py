# zipfile: write/read stored members, ZipInfo fields and repr, open streams, append, extract, testzip, errors, CLI main().
import io
import os
import sys
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "a.zip")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("hello.txt", (2020, 5, 17, 12, 30, 10)), "hello world\n")
        zf.writestr(zipfile.ZipInfo("dir/", (2021, 1, 1, 0, 0, 0)), b"")
        info = zipfile.ZipInfo("dir/data.bin", (2022, 2, 2, 2, 2, 2))
        info.external_attr = 0o644 << 16
        zf.writestr(info, bytes(range(10)))
        with zf.open(zipfile.ZipInfo("stream.txt", (2023, 3, 3, 3, 3, 4)), "w") as w:
            w.write(b"line1\n")
            w.write(b"line2\n")
        zf.comment = b"the comment"
        print(repr(zf).replace(d, "D"))
    print(repr(zf))
    with open(path, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:4], raw[-11:], zipfile.is_zipfile(path), zipfile.is_zipfile(io.BytesIO(raw)))
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.comment)
        for i in zf.infolist():
            print(i, i.date_time, i.CRC, i.compress_size, i.file_size, i.is_dir(), i.header_offset, hex(i.external_attr))
        print(zf.read("hello.txt"), zf.read("dir/data.bin"))
        with zf.open("stream.txt") as r:
            print(r.readline(), r.read(3), r.read(), r.closed)
        print(r.closed, zf.testzip())
        zf.printdir()
        try:
            zf.getinfo("missing")
        except KeyError as e:
            print("KeyError", e)
        try:
            zf.open("x", "a")
        except ValueError as e:
            print("ValueError", e)
        out = zf.extract("dir/data.bin", os.path.join(d, "out"))
        print(os.path.relpath(out, d), open(out, "rb").read())
        zf.extractall(os.path.join(d, "all"))
        print(sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(os.path.join(d, "all")) for f in fs))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", (2024, 4, 4, 4, 4, 4)), "more")
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.read("added.txt"), zf.comment)
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    bad = os.path.join(d, "bad.zip")
    with open(bad, "wb") as f:
        f.write(b"not a zip file at all")
    try:
        zipfile.ZipFile(bad)
    except zipfile.BadZipFile as e:
        print("BadZipFile", e, zipfile.is_zipfile(bad))
    try:
        zipfile.ZipFile(path, "q")
    except ValueError as e:
        print("ValueError", e)
    try:
        zipfile.ZipFile(path, "w", compression=99)
    except NotImplementedError as e:
        print("NotImplementedError", e)
    zf = zipfile.ZipFile(path)
    zf.close()
    try:
        zf.read("hello.txt")
    except ValueError as e:
        print("ValueError", e)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("m.txt", (1980, 1, 1, 0, 0, 0)), "in memory")
    print(len(buf.getvalue()), zipfile.ZipFile(io.BytesIO(buf.getvalue())).read("m.txt"))
    corrupt = bytearray(buf.getvalue())
    corrupt[30 + 5] ^= 0xFF
    with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
        print(zf.testzip())
        try:
            zf.read("m.txt")
        except zipfile.BadZipFile as e:
            print("BadZipFile", e)
    zi = zipfile.ZipInfo("name")
    print(zi, zi.filename, zi.date_time, zi.compress_type, zi.create_system, zi.extract_version, zi.flag_bits)
    try:
        zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
    except ValueError as e:
        print("ValueError", e)
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("from file")
    os.chmod(src, 0o640)
    fi = zipfile.ZipInfo.from_file(src, "arc/src.txt")
    print(fi.filename, fi.file_size, oct(fi.external_attr >> 16))
    print(zipfile.ZipInfo.from_file(d, "adir").filename, zipfile.ZipInfo.from_file(d, "adir").is_dir())
    os.chdir(d)
    zipfile.main(["-l", "a.zip"])
    zipfile.main(["-t", "a.zip"])
    zipfile.main(["-e", "a.zip", "cli_out"])
    print(sorted(os.listdir("cli_out")))
    p = zipfile.Path(path)
    print(str(p).endswith("a.zip/"), sorted(c.name for c in p.iterdir()), (p / "dir" / "data.bin").read_bytes(), (p / "hello.txt").read_text())
    print((p / "dir").is_dir(), (p / "hello.txt").is_file(), (p / "nope").exists(), (p / "hello.txt").suffix)

# zipfile.main(): -c (files and directories, deflated), -l listing, -t testing (good and damaged
# archives), -e extracting, -h help, and the argparse-style usage errors.
import os
import sys
import tempfile
import zipfile


def cli(*args):
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        zipfile.main(list(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = saved


with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs("proj/pkg")
    for name, text in [("proj/run.py", "print('run')\n"), ("proj/pkg/__init__.py", ""),
                       ("proj/pkg/util.py", "X = 1\n" * 20), ("notes.txt", "notes\n")]:
        with open(name, "w") as f:
            f.write(text)
    cli("-c", "out.zip", "proj", "notes.txt")
    with zipfile.ZipFile("out.zip") as zf:
        for zi in zf.infolist():
            print(zi.filename, zi.compress_type, zi.file_size, zi.is_dir())
    cli("-c", "dot.zip", "proj/.")
    cli("-c", "slash.zip", "proj/pkg/")
    print(zipfile.ZipFile("dot.zip").namelist(), zipfile.ZipFile("slash.zip").namelist())
    cli("-t", "out.zip")
    cli("-e", "out.zip", "extracted")
    print(sorted(os.path.join(r, f) for r, _, fs in os.walk("extracted") for f in fs))
    with zipfile.ZipFile("fixed.zip", "w") as zf:
        zf.writestr(zipfile.ZipInfo("x.txt", (2010, 10, 10, 10, 10, 10)), "twelve bytes")
        zf.writestr(zipfile.ZipInfo("a/very/long/member/name/that/goes/past/the/column.txt", (2020, 1, 2, 3, 4, 6)), "")
    cli("--list", "fixed.zip")
    with open("fixed.zip", "rb") as f:
        data = bytearray(f.read())
    data[30 + 5] ^= 0x20
    with open("broken.zip", "wb") as f:
        f.write(data)
    cli("--test", "broken.zip")
    cli()
    cli("-l")
    cli("-e", "fixed.zip")
    cli("-c")
    cli("-l", "fixed.zip", "-t", "fixed.zip")
    cli("-l", "fixed.zip", "extra")
    cli("-c", "x.zip", "--metadata-encoding", "utf-8")
    cli("-l", "fixed.zip", "--metadata-encoding", "ascii")
    cli("-h")

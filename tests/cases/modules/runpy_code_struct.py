# runpy.run_path/run_module, code.InteractiveConsole.push, struct pack/unpack/calcsize.
import code
import io
import os
import runpy
import struct
import sys
from contextlib import redirect_stdout, redirect_stderr

here = os.path.dirname(os.path.abspath(__file__))
ns = runpy.run_path(os.path.join(here, "runnable", "script_for_runpy.py"), run_name="__custom__")
print(ns["RESULT"].split(" with")[0], "RESULT" in ns)
ns2 = runpy.run_module("runnable.script_for_runpy", run_name="__main__")
print(ns2["__name__"], ns2["RESULT"].startswith("ran as __main__"))
console = code.InteractiveConsole()
out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    for line in ["x = 6", "x * 7", "def f():", "    return 'multi-line'", "", "f()", "1 / 0", "undefined"]:
        more = console.push(line)
print(repr(out.getvalue()))
print(err.getvalue().splitlines()[-1], err.getvalue().count("Traceback"))
print(struct.pack("<i", -2), struct.pack(">HHb", 1, 2, -1), struct.pack("!d", 1.5), struct.pack("<?xq", True, 2 ** 40))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">2h", b"\x00\x01\xff\xff"), struct.calcsize("<iqd"), struct.calcsize("@bq"))
print(struct.pack("5s3p", b"abc", b"xy"), struct.unpack("<f", struct.pack("<f", 0.1))[0], list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<I2s")
print(s.size, s.pack(7, b"hi"), s.unpack(b"\x07\x00\x00\x00hi"), s.format)
for bad in [lambda: struct.pack("<b", 300), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)

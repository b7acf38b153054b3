# zipimport: importer prefixes (app.zip/sub, trailing slashes, missing inner dirs), namespace
# directories, CRLF sources, deflated members, archives after a stub, invalidate_caches and
# the archive errors (empty path, non-str, not a Zip file, corrupt end record).
import os
import sys
import tempfile
import warnings
import zipfile
import zipimport

T = (2022, 2, 2, 2, 2, 2)


def add(zf, name, data, method=zipfile.ZIP_STORED):
    zi = zipfile.ZipInfo(name, T)
    zi.compress_type = method
    zf.writestr(zi, data)


def attempt(label, fn):
    try:
        print(label, repr(fn()).replace(D, "D"))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(D, "D"), repr(getattr(e, "name", None)),
              str(getattr(e, "path", None)).replace(D, "D"))


with tempfile.TemporaryDirectory() as D:
    os.chdir(D)
    with open("app.zip", "wb") as f:
        f.write(b"#!/usr/bin/env krait\n")
        with zipfile.ZipFile(f, "a") as zf:
            add(zf, "crlf.py", "A = 1\r\nB = 'two'\r\n")
            add(zf, "packed.py", "WORDS = ['deflated'] * 3\n" * 20, zipfile.ZIP_DEFLATED)
            add(zf, "lib/", "")
            add(zf, "lib/helper.py", "def f():\n    return 'helper ' + __name__\n")
            add(zf, "lib/tool/__init__.py", "from .part import PART\n")
            add(zf, "lib/tool/part.py", "PART = __name__\n")
            add(zf, "space/", "")
            add(zf, "space/mod.py", "IN_NS = True\n")
            add(zf, "only.pyc", b"\0\0")
    z = zipimport.zipimporter("app.zip")
    print(repr(z), repr(z.prefix), z.archive)
    for sub in ["app.zip/lib", "app.zip/lib/", "app.zip/lib/tool", "app.zip/not/there", "app.zip/crlf.py"]:
        zi = zipimport.zipimporter(sub)
        print(sub, repr(zi), repr(zi.prefix), zi.archive)
    print(repr(z.get_source("crlf")), z.get_data("crlf.py"))
    print(z.find_spec("space"), z.find_spec("lib").submodule_search_locations)
    print(z.find_spec("crlf").origin, z.find_spec("nothing"), z.is_package("only"), z.get_source("only"))
    attempt("get_filename", lambda: z.get_filename("lib.tool"))
    attempt("is_package", lambda: z.is_package("nope"))
    attempt("get_source", lambda: z.get_source("nope"))
    attempt("get_data", lambda: z.get_data("app.zip/missing.txt"))
    attempt("resource reader", lambda: z.get_resource_reader("crlf"))
    attempt("create_module", lambda: z.create_module(None))
    sys.path.insert(0, "app.zip")
    sys.path.insert(0, "app.zip/lib")
    import crlf
    import packed
    import helper
    import tool
    print(crlf.A, crlf.B, packed.WORDS[:1], helper.f(), tool.PART, tool.__path__)
    print(helper.__file__, type(helper.__loader__).__name__, helper.__spec__.origin)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = z.load_module("crlf")
    print(m is sys.modules["crlf"], m.__file__, m.__loader__ is z)
    with zipfile.ZipFile("app.zip", "a") as zf:
        add(zf, "late.py", "LATE = 1\n")
    print(z.find_spec("late"))
    z.invalidate_caches()
    print(z.find_spec("late").name, zipimport.zipimporter("app.zip").find_spec("late").name)
    with open("tiny.zip", "wb") as f:
        f.write(b"PK\x05\x06" + b"\0" * 10)
    with open("plain.txt", "w") as f:
        f.write("plain text file\n")
    with open("badcd.zip", "wb") as f:
        f.write(b"PK\x05\x06" + b"\0" * 8 + b"\xff\0\0\0" + b"\0" * 6)
    for bad in ["", "missing.zip", "nodir/missing.zip", D, "plain.txt", "tiny.zip", "badcd.zip", b"app.zip", None]:
        attempt("zipimporter " + repr(bad).replace(D, "D"), lambda: zipimport.zipimporter(bad))
    print(issubclass(zipimport.ZipImportError, ImportError), zipimport.__all__)
    sys.path.remove("app.zip")
    sys.path.remove("app.zip/lib")

# linecache: encodings, newlines, lazy loader entries, sys.path lookup and cache invalidation.
import linecache
import os
import sys
import tempfile

folder = tempfile.mkdtemp()


def write(name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as stream:
        stream.write(data)
    return path


plain = write("plain.py", b"a = 1\nb = 2\nc = 3")
latin = write("latin.py", b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n")
second = write("second.py", b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n")
notsecond = write("notsecond.py", b"import os\n# coding: latin-1\ny = '\xe9'\n")
bom = write("bom.py", b"\xef\xbb\xbfz = 'bom'\r\nw = 1\rv = 2\n")
badcookie = write("badcookie.py", b"# coding: no-such-codec\nq = 1\n")
bomclash = write("bomclash.py", b"\xef\xbb\xbf# coding: latin-1\nq = 1\n")
empty = write("empty.py", b"")
formfeed = write("ff.py", b"a = '\x0c'\nb = '\xe2\x80\xa8'\n")

for path in (plain, latin, second, notsecond, bom, badcookie, bomclash, empty, formfeed):
    print(os.path.basename(path), linecache.getlines(path))

print(repr(linecache.getline(plain, 3)), repr(linecache.getline(plain, 0)), repr(linecache.getline(plain, 4)))
print(repr(linecache.getline(plain, -1)), repr(linecache.getline("", 1)), repr(linecache.getline("<string>", 1)))
try:
    linecache.getline(plain, 1.5)
except TypeError as exc:
    print("TypeError", exc)
size, mtime, lines, fullname = linecache.cache[plain]
print(size, type(mtime).__name__, lines == linecache.getlines(plain), fullname == plain)
print(linecache.updatecache(os.path.join(folder, "missing.py")), os.path.join(folder, "missing.py") in linecache.cache)

# A relative name is looked up along sys.path.
sys.path.insert(0, folder)
print(linecache.getline("latin.py", 2), linecache.cache["latin.py"][3] == latin)
sys.path.pop(0)

# checkcache drops entries whose file changed size or disappeared.
linecache.getlines(second)
write("plain.py", b"a = 1\nb = 2\nc = 3\nd = 4\n")
os.remove(second)
linecache.checkcache(plain)
print(plain in linecache.cache, second in linecache.cache)
linecache.checkcache()
print(second in linecache.cache, linecache.getline(plain, 4), linecache.getline(second, 1) == "")
linecache.checkcache("not-cached.py")


class Loader:
    def __init__(self, text):
        self.text = text
        self.calls = 0

    def get_source(self, name):
        self.calls += 1
        print("get_source", name)
        if self.text is ImportError:
            raise ImportError(name)
        return self.text


loader = Loader("first\nsecond\r\nthird")
spec_like = type("Spec", (), {"loader": Loader("from spec")})()
print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": loader}))
print(type(linecache.cache["virtual.py"]).__name__, len(linecache.cache["virtual.py"]), loader.calls)
print(linecache.lazycache("virtual.py", None))
linecache.checkcache()
print(linecache.getlines("virtual.py"), loader.calls)
print(linecache.cache["virtual.py"][:2], linecache.cache["virtual.py"][3])
print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": loader}))
linecache.checkcache()
print("virtual.py" in linecache.cache)
print(linecache.getline("spec.py", 1, {"__name__": "s", "__spec__": spec_like}))
print(linecache.getline("none.py", 1, {"__name__": "n", "__loader__": Loader(None)}) == "", "none.py" in linecache.cache)
print(linecache.getline("boom.py", 1, {"__name__": "b", "__loader__": Loader(ImportError)}) == "", [type(e).__name__ for e in linecache.cache["boom.py"]])
print(linecache.lazycache("<stdin>", {"__name__": "x", "__loader__": loader}))
print(linecache.lazycache("noname.py", {"__loader__": loader}), linecache.lazycache("noloader.py", {"__name__": "x"}))
print(linecache.lazycache("blank.py", {"__name__": "", "__loader__": loader}), linecache.lazycache("nog.py", {}))

linecache.clearcache()
print(linecache.cache, linecache.__all__)
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)

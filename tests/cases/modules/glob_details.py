# glob: recursive '**', trailing separators, hidden names, root_dir/dir_fd, bytes patterns, escape and legacy helpers.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for sub in ["a/b", ".h/x", "c"]:
        os.makedirs(os.path.join(d, sub))
    for name in ["a/f.py", "a/b/g.py", ".h/x/h.py", ".top", "c/k.txt", "[x]"]:
        open(os.path.join(d, name), "w").close()
    os.chdir(d)
    cases = [("**", dict(recursive=True)), ("**/", dict(recursive=True)), ("**/*.py", dict(recursive=True)),
             ("**/*.py", {}), ("*", {}), ("*", dict(include_hidden=True)),
             ("**", dict(recursive=True, include_hidden=True)), ("a/**", dict(recursive=True)), ("*/", {}),
             ("a/*/", {}), ("a", {}), ("a/", {}), ("nope/", {}), ("", {}), ("[[]x]", {}), ("[x]", {}),
             (os.path.join(d, "*", "b"), {}), ("*/b/*.py", {}), (b"*", {}), ("a/b/../f.py", {}),
             ("**/b", dict(recursive=True)), ("a**", dict(recursive=True)), ("*/**/*.py", dict(recursive=True)),
             (".*", {}), ("*", dict(root_dir=os.path.join(d, "a"))), ("**", dict(root_dir="a", recursive=True)),
             ("a//f.py", {}), ("a/*//", {}), ("", dict(root_dir=d)), ("**/", dict(root_dir=d, recursive=True)),
             ("*/", dict(root_dir=d)), ("**", dict(recursive=True, root_dir=d.encode())), ("c/?.txt", {}),
             ("[ab]/[!f]*", {}), ("*/*.py", dict(root_dir=d))]
    for pattern, options in cases:
        print(repr(pattern).replace(d, "D"), options if "root_dir" not in options else "root_dir", sorted(p.replace(d, "D") if isinstance(p, str) else p for p in glob.glob(pattern, **options)))
    fd = os.open("a", os.O_RDONLY)
    print(sorted(glob.glob("*", dir_fd=fd)), sorted(glob.glob("**", dir_fd=fd, recursive=True)))
    os.close(fd)
    it = glob.iglob("*.none")
    print(type(it).__name__, list(it))
    print(glob.glob0("a", "f.py"), glob.glob0("a", "zz"), glob.glob1("a", "*.py"), glob.glob0("a", ""), sorted(glob.glob1("", ".*")))
    os.chdir("/")
print(glob.escape("a*b?[c]/d"), glob.escape(b"x*"), glob.escape("plain"), glob.has_magic("a[b"), glob.has_magic(b"ab"), glob.has_magic("x?"))
try:
    glob.glob(5)
except TypeError as e:
    print("TypeError:", e)

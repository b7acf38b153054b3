# glob: *, ?, [...], recursive **, hidden files, root_dir, iglob, escape, has_magic.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "a", "b", "c"))
    os.makedirs(os.path.join(d, ".hid"))
    for n in ["a/x.py", "a/b/y.py", "a/b/c/z.py", "a/.h.py", "a/b/w.txt", "top.py", "t1.txt", "t2.txt", ".hid/q.py", "[x].py"]:
        open(os.path.join(d, n), "w").close()
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(sorted(glob.glob("**/*.py", root_dir=d, recursive=True)))
    print(sorted(glob.glob("**", root_dir=d, recursive=True)))
    print(sorted(glob.glob("**/", root_dir=d, recursive=True)))
    print(sorted(glob.glob("**/*.py", root_dir=d)))
    print(sorted(glob.glob("a/*", root_dir=d)), sorted(glob.glob("a/?/*.t?t", root_dir=d)))
    print(sorted(glob.glob("t[0-9].txt", root_dir=d)), sorted(glob.glob("t[!1].txt", root_dir=d)))
    print(sorted(glob.glob(".*", root_dir=d)), sorted(glob.glob("*", root_dir=d)))
    print(glob.glob(glob.escape("[x].py"), root_dir=d), glob.glob("[x].py", root_dir=d))
    print(glob.glob("a/", root_dir=d), glob.glob("missing/", root_dir=d), glob.glob("top.py", root_dir=d))
    it = glob.iglob("*.txt", root_dir=d)
    print(type(it).__name__ != "list", sorted(it))
    print(sorted(glob.glob(os.path.join(glob.escape(d), "a", "*.py"))) == [os.path.join(d, "a", "x.py")])
    print(sorted(glob.glob(b"*.txt", root_dir=d.encode())))
print(glob.escape("a*b?[c].py"), glob.escape(b"x*"), glob.has_magic("ab"), glob.has_magic("a[b"), glob.glob(""))

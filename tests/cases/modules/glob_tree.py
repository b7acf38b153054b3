# glob: glob/iglob with **, hidden files, root_dir, dir_fd, escape, has_magic, in a temporary tree.
import glob, os, tempfile, shutil

top = tempfile.mkdtemp()
base = os.path.join(top, "root")
os.mkdir(base)
old = os.getcwd()
def mk(path, d=False):
    full = os.path.join(base, path)
    if d:
        os.makedirs(full, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").close()

for d in ["a", "a/b", "a/b/c", ".hid", ".hid/inner", "x[1]", "sp ace", "a/.dot", "deep/1/2/3"]:
    mk(d, True)
for f in ["f1.txt", "f2.txt", "F3.TXT", ".hf", "a/g.py", "a/b/h.py", "a/b/c/i.py", ".hid/j.py", ".hid/inner/k",
          "x[1]/y", "sp ace/z", "a/.dot/q.py", "a/.hidden.py", "deep/1/2/3/leaf", "what?", "star*", "[ab]"]:
    mk(f)
os.symlink(os.path.join(base, "a"), os.path.join(base, "link"))
os.symlink(os.path.join(base, "missing"), os.path.join(base, "broken"))
os.chdir(base)

def show(pat, **kw):
    try:
        r = sorted(glob.glob(pat, **kw))
        r2 = sorted(glob.iglob(pat, **kw))
        print(repr(pat), kw if "root_dir" not in kw else "root_dir", r, r == r2)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

pats = ["*", "*.txt", "*.TXT", "?1.txt", "[fF]*", ".*", ".h*", "*/", "*/*", "*/*.py", "**", "**/", "**/*.py", "a/**",
        "a/**/", "a/**/*.py", "**/.*", ".hid/**", "a/*/*.py", "x[[]1]/*", glob.escape("x[1]") + "/*", "x[1]/*",
        "sp ace/*", "what?", glob.escape("what?"), glob.escape("star*"), "[[]ab]", "nonexistent", "nonexistent/*",
        "a/b/c/i.py", "a/b/c/i.py/", "a//b", "./a", "./*", "../" + os.path.basename(base) + "/f1.txt", "", "*/../f1.txt",
        "link/*", "link/**", "broken", "br*", "**/leaf", "deep/**/leaf", "deep/**/3", "deep/**", "a/.*", "a/.d*/*",
        "**/k", "*/*/*/*", "a", "a/", "f1.txt/", "**/**", "**/**/*.py", "a/b**", "a**/*"]
for p in pats:
    show(p)
    if "**" in p:
        show(p, recursive=True)
        show(p, recursive=True, include_hidden=True)
    if p.startswith((".", "*")):
        show(p, include_hidden=True)
for p in ["*", "**", "*.py", "**/*.py", "b/*", "", ".*", "**/"]:
    show(p, root_dir="a")
    show(p, root_dir="a", recursive=True)
    show(p, root_dir=os.path.join(base, "a"), recursive=True, include_hidden=True)
show("*", root_dir="nonexistent")
fd = os.open("a", os.O_RDONLY)
try:
    show("*", dir_fd=fd)
    show("**", dir_fd=fd, recursive=True)
    show("b/*", dir_fd=fd)
finally:
    os.close(fd)
print(sorted(glob.glob(b"*.txt")), sorted(glob.glob(b"**/*.py", recursive=True)))
print(sorted(glob.glob(os.path.join(base, "a", "*.py"))) == [os.path.join(base, "a", "g.py")])
for s in ["abc", "a*b", "a?b", "[x]", "a[b", "]", "a]", "//x/*", "c:*", b"a*[b]?", "\\*", "ab!"]:
    print(repr(s), repr(glob.escape(s)), glob.has_magic(s))
it = glob.iglob("*.txt")
print(type(it).__name__, iter(it) is it)
print(sorted(glob.glob1(".", "*.txt")), glob.glob0(".", "f1.txt"), glob.glob0(".", ""), glob.glob0("a", ""))
for bad in [5, None, ["*"]]:
    try:
        glob.glob(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    glob.glob("*", root_dir=5)
except Exception as e:
    print(type(e).__name__, e)
print(glob.__all__)
os.chdir(old)
shutil.rmtree(top)

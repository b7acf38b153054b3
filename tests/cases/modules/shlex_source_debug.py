# shlex: source inclusion through sourcehook, debug tracing, push_token/push_source.
import shlex, os, tempfile, shutil, io
top = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(top)
with open("incfile", "w") as f:
    f.write("inner1 inner2\n")
lx = shlex.shlex("a source incfile b", infile="main")
lx.source = "source"
print([(t, lx.infile) for t in iter(lx.get_token, lx.eof)])
lx = shlex.shlex("x source \"incfile\" y", infile=os.path.join(top, "main"), posix=False)
lx.source = "source"
print(list(lx))
print(os.path.basename(lx.sourcehook('"incfile"')[0]))
for posix in (False, True):
    lx = shlex.shlex("a 'b c' # d\ne\\ f", posix=posix)
    lx.debug = 3
    print(list(lx))
    lx = shlex.shlex("a;b", posix=posix, punctuation_chars=True)
    lx.debug = 2
    print(list(lx))
lx = shlex.shlex(io.StringIO("q w"))
lx.debug = 1
lx.get_token()
lx.debug = 0
lx.push_token("t")
lx.push_source("s1", "named")
print(list(lx))
os.chdir(old)
shutil.rmtree(top)

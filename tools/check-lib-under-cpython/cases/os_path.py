import os, posixpath, stat, errno, genericpath, sys
import os.path as op
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
print(os.name, repr(os.linesep), os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.defpath, os.devnull, os.path is posixpath, os.SEEK_END, os.error is OSError)
for p in ['', '/', 'a', 'a/b', '/a/b/', 'a/b.c', '.bashrc', 'a/.b.c', '..', 'a//b', '//a', '///a/../b', 'a/./b/../c', b'/x/y.z', '/a/b/c/', 'a.b.c', '...']:
    print(repr(p), op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.normpath(p), op.isabs(p), op.splitdrive(p))
print(op.join('a', 'b', '/c', 'd'), op.join('a/', 'b'), op.join('', 'x'), op.join('a', ''), op.join(b'a', b'b'))
t(op.join, 1); t(op.join, 'a', b'b'); t(op.join, 'a', 1); t(op.relpath, ''); t(op.commonpath, []); t(op.commonpath, ['/a', 'b']); t(op.commonpath, ['a', b'b']); t(op.split, 1); t(op.basename, None)
print(op.commonprefix(['/usr/lib', '/usr/local']), op.commonprefix([]), op.commonpath(['/usr/lib', '/usr/local/x']), op.commonpath(['a/b', 'a/c']), op.commonpath(['/a']))
print(op.relpath('/a/b/c', '/a/x'), op.relpath('/a', '/a'), op.relpath('a/b', 'a'), op.relpath('/tmp', '/'))
os.environ['KRAIT_T'] = 'val'
print(op.expandvars('$KRAIT_T/${KRAIT_T}x/$NOPE_X/${NOPE}/$/$1a/${'), op.expandvars(b'$KRAIT_T-$x'), os.environ['KRAIT_T'], os.getenv('KRAIT_T'), os.getenv('NOPE_Q', 'dflt'), 'KRAIT_T' in os.environ)
os.environ['HOME'] = '/home/tester'
print(op.expanduser('~'), op.expanduser('~/x'), op.expanduser('x~'), op.expanduser(b'~/y'))
del os.environ['KRAIT_T']; print(os.environ.get('KRAIT_T'), os.getenvb(b'HOME'))
t(lambda: os.environ['KRAIT_T']); t(lambda: os.environ.__setitem__('A', 1))
print(type(os.environ).__name__, repr(os.environ).startswith('environ({'), isinstance(os.environ.copy(), dict))
D = '/tmp/krait-os-check'
import shutil
shutil.rmtree(D, ignore_errors=True)
os.makedirs(D + '/a/b/c'); t(os.makedirs, D + '/a/b'); os.makedirs(D + '/a/b', exist_ok=True)
with open(D + '/a/f.txt', 'w') as f: f.write('hello')
with open(D + '/a/b/g.txt', 'w') as f: f.write('x')
os.symlink(D + '/a/f.txt', D + '/link'); os.symlink(D + '/nowhere', D + '/broken')
for p in [D, D + '/a/f.txt', D + '/link', D + '/broken', D + '/none']:
    print(p.replace(D, 'D'), op.exists(p), op.isfile(p), op.isdir(p), op.islink(p), op.lexists(p), op.ismount(p))
print(op.getsize(D + '/a/f.txt'), op.samefile(D + '/link', D + '/a/f.txt'), op.realpath(D + '/link').replace(D, 'D'), op.realpath(D + '/a/../a/./b').replace(D, 'D'), op.ismount('/'), op.abspath('x') == os.getcwd() + '/x')
t(op.getsize, D + '/none')
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(root.replace(D, 'D'), sorted(dirs), sorted(files))
print([(r.replace(D, 'D'), sorted(d), sorted(f)) for r, d, f in os.walk(D, topdown=False)] and len(list(os.walk(D, topdown=False))))
print(sorted(os.listdir(D)), sorted(e.name for e in os.scandir(D)))
os.renames(D + '/a/b/g.txt', D + '/z/y/g.txt'); print(op.exists(D + '/a/b'), op.exists(D + '/z/y/g.txt'))
os.removedirs(D + '/a/b/c') if op.exists(D + '/a/b/c') else None
print(sorted(os.listdir(D)))
shutil.rmtree(D)
print(os.fspath('x'), os.fspath(b'y'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.fsdecode(b'\xff'))
t(os.fspath, 1)
class PL:
    def __fspath__(self): return '/p'
print(os.fspath(PL()), isinstance(PL(), os.PathLike), issubclass(str, os.PathLike), op.join(PL(), 'q'))
print(stat.S_ISDIR(os.stat('/').st_mode), stat.S_ISREG(os.stat('/etc/passwd').st_mode), stat.filemode(os.stat('/').st_mode)[0], stat.S_IMODE(0o100755), stat.S_IFMT(0o100755))
for m in [0o100644, 0o40755, 0o120777, 0o4755, 0o2710, 0o1777, 0o1776, 0, 0o170000, 0o60660, 0o4644, 0o20600, 0o10644, 0o140755]:
    print(stat.filemode(m), end=' ')
print()
print(sorted(n for n in dir(stat) if not n.startswith('_')))
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], len(errno.errorcode), sorted(n for n in dir(errno) if n[0] == 'E') == sorted(n for n in dir(errno) if n.startswith('E')))
print(sorted(n for n in dir(errno) if not n.startswith('_')))
print(os.get_exec_path({'PATH': '/a:/b'}), sorted(genericpath.__all__), sorted(posixpath.__all__))
print([n for n in ('makedirs', 'walk', 'getenv', 'environ', 'fsencode', 'stat', 'listdir', 'getcwd', 'PathLike', 'fdopen', 'scandir') if n not in dir(os)])
with os.popen('echo hello; echo world') as p:
    print(p.read().split(), p.close() if False else '')
p = os.popen('exit 3'); print(p.read(), p.close())
print(os.popen('echo x').readline())
print(callable(os.execvp), os.sys is sys if hasattr(os, 'sys') else None)

# os.path functions that look at the file system: links, realpath, mounts, sizes.
import os
import posixpath as pp
import genericpath as gp
import tempfile

root = tempfile.mkdtemp()
base = pp.realpath(root)


def rel(p):
    if isinstance(p, bytes):
        return os.fsencode(rel(os.fsdecode(p)))
    return p.replace(base, '<R>').replace(pp.basename(base), '<B>')


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, '->', rel(r) if isinstance(r, (str, bytes)) else r)
    except Exception as e:
        print(label, '!!', type(e).__name__, rel(str(e)))


os.chdir(base)
os.mkdir('d')
os.mkdir('d/sub')
with open('d/f.txt', 'w') as fh:
    fh.write('hello')
os.symlink('d', 'ld')
os.symlink('f.txt', 'd/lf')
os.symlink('missing', 'broken')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')
os.symlink('self', 'self')
os.symlink('../d/sub', 'd/sub/up')
os.symlink(base + '/d', 'absd')
os.symlink('d/sub/..', 'dotdot')

names = ['d', 'd/f.txt', 'ld', 'd/lf', 'broken', 'loop1', 'self', 'nope', 'd/f.txt/x', '',
         'a\0b', b'd/f.txt', b'broken']
for n in names:
    for f in (gp.exists, gp.isfile, gp.isdir, pp.islink, pp.lexists, pp.ismount):
        show(f'{f.__name__}({n!r})', f, n)

for n in ['d', 'ld', 'ld/lf', 'd/lf', 'broken', 'broken/x', 'loop1', 'loop1/x', 'self/../d',
          'd/sub/up/up', 'absd/f.txt', 'dotdot', 'ld/../d', 'nope/../d', '.', '/..' + base,
          b'ld/lf', b'loop2', 'd/f.txt/..', '../' + pp.basename(base) + '/ld']:
    show(f'realpath({rel(n)!r})', pp.realpath, n)
    show(f'realpath({rel(n)!r}, strict)', pp.realpath, n, strict=True)
show('realpath(nul)', pp.realpath, 'a\0b')

show('abspath(x)', pp.abspath, 'x/../y')
show('abspath(b)', pp.abspath, b'.')
show('relpath', pp.relpath, base + '/d/sub', base + '/ld')

show('getsize', gp.getsize, 'd/f.txt')
show('getsize nope', gp.getsize, 'nope')
show('getmtime type', lambda: type(gp.getmtime('d/f.txt')))
show('getatime type', lambda: type(gp.getatime('d/f.txt')))
show('getctime type', lambda: type(gp.getctime('d/f.txt')))
show('getctime nope', gp.getctime, 'nope')
show('samefile', gp.samefile, 'd/f.txt', 'ld/lf')
show('samefile2', gp.samefile, 'd', 'd/sub')
show('samefile nope', gp.samefile, 'd', 'nope')
show('samestat', gp.samestat, os.stat('d'), os.stat('ld'))
show('samestat bad', gp.samestat, 1, 2)
with open('d/f.txt') as a, open('ld/lf') as b, open('d/sub/../f.txt') as c:
    show('sameopenfile', gp.sameopenfile, a.fileno(), b.fileno())
    show('sameopenfile dir', gp.sameopenfile, a.fileno(), c.fileno())
show('ismount /', pp.ismount, '/')
show('ismount b/', pp.ismount, b'/')

for dirpath, dirs, files in sorted(os.walk('.')):
    print(dirpath, sorted(dirs), sorted(files))

import shutil
os.chdir('/')
shutil.rmtree(root)
print(gp.exists(root))

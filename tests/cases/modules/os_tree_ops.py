# os.makedirs / removedirs / renames and os.walk (orders, pruning, onerror, links) in a temp folder.
import os
import shutil
import tempfile

root = os.path.realpath(tempfile.mkdtemp())
os.chdir(root)


def show(label, f, *args, **kw):
    try:
        print(label, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e).replace(root, '<R>'))


def tree(top='.'):
    out = []
    for dirpath, dirs, files in os.walk(top):
        dirs.sort()
        out.append((dirpath, sorted(dirs), sorted(files)))
    return out


show('makedirs', os.makedirs, 'a/b/c')
show('makedirs again', os.makedirs, 'a/b/c')
show('makedirs exist_ok', os.makedirs, 'a/b/c', exist_ok=True)
show('makedirs trailing', os.makedirs, 'x/y/')
show('makedirs dot', os.makedirs, 'p/./q')
show('makedirs dot leaf', os.makedirs, 'r/s/.')
show('makedirs dot leaf again', os.makedirs, 'r/s/.')
show('makedirs dotdot', os.makedirs, 'm/../n/o')
show('makedirs bytes', os.makedirs, b'bb/cc')
class Where:
    def __fspath__(self):
        return 'pl/q'


show('makedirs pathlike', os.makedirs, Where())
show('makedirs pathlike again', os.makedirs, Where())
show('makedirs mode', os.makedirs, 'md/leaf', 0o700)
print(oct(os.stat('md/leaf').st_mode & 0o777 & ~0o022), oct(os.stat('md').st_mode & 0o700))
with open('file', 'w') as fh:
    fh.write('x')
show('makedirs under file', os.makedirs, 'file/sub')
show('makedirs file exist_ok', os.makedirs, 'file', exist_ok=True)
show('makedirs deep under file', os.makedirs, 'file/a/b', exist_ok=True)
show('makedirs empty', os.makedirs, '')
show('makedirs int', os.makedirs, 5)
print(tree())

show('removedirs', os.removedirs, 'a/b/c')
print(os.path.exists('a'))
os.makedirs('k/l/m')
with open('k/keep', 'w'):
    pass
show('removedirs partial', os.removedirs, 'k/l/m/')
print(os.path.exists('k'), os.path.exists('k/l'))
show('removedirs missing', os.removedirs, 'nope/x')
show('removedirs nonempty', os.removedirs, 'k')

os.makedirs('src/deep')
with open('src/deep/f', 'w') as fh:
    fh.write('data')
show('renames', os.renames, 'src/deep/f', 'dst/new/g')
print(os.path.exists('src'), open('dst/new/g').read())
show('renames missing', os.renames, 'nope', 'dst2/x')
print(os.path.exists('dst2'))
for d in ['x', 'p', 'r', 'n', 'm', 'bb', 'pl', 'md', 'k', 'dst']:
    if os.path.exists(d):
        shutil.rmtree(d)
os.remove('file')

os.makedirs('t/a/a1')
os.makedirs('t/b')
os.makedirs('t/c/c1/c2')
for name in ['t/top.txt', 't/a/x', 't/a/a1/y', 't/c/c1/z']:
    with open(name, 'w'):
        pass
os.symlink('c', 't/lc')
os.symlink('nowhere', 't/dead')
os.symlink('top.txt', 't/ltop')

print(tree('t'))
print([(d, sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk('t', topdown=False))])
order = [d for d, ds, fs in os.walk('t', topdown=False)]
print(order.index('t') == len(order) - 1, order.index('t/c/c1/c2') < order.index('t/c/c1') < order.index('t/c'))
print(sorted(d for d, ds, fs in os.walk('t', followlinks=True)))
print(sorted(d for d, ds, fs in os.walk('t', topdown=False, followlinks=True)))

seen = []
for d, ds, fs in os.walk('t'):
    seen.append(d)
    ds[:] = [x for x in sorted(ds) if x != 'c']
print(seen)
seen = []
for d, ds, fs in os.walk('t'):
    seen.append(d)
    ds.sort(reverse=True)
print(seen)

errors = []
print(list(os.walk('missing-dir', onerror=errors.append)))
print([(type(e).__name__, e.errno, e.filename) for e in errors])
print(list(os.walk('t/top.txt', onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors[1:]])
print(list(os.walk('missing-dir')))
print([(d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(b't/a')])
print([d for d, ds, fs in os.walk(os.path.join(root, 't', 'b'))] == [os.path.join(root, 't', 'b')])
print([d for d, ds, fs in os.walk('t/lc')])
print([d for d, ds, fs in os.walk('t/', topdown=False) if 'c1' in d])
show('walk int', lambda: list(os.walk(3)))
show('walk none', lambda: list(os.walk(None)))
g = os.walk('t')
print(type(g).__name__, next(g)[0])

os.chdir('/')
shutil.rmtree(root)

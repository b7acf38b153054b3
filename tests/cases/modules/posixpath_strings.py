# Pure string operations of os.path (posixpath) on str, bytes and PathLike.
import os
import posixpath as pp
import genericpath as gp


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


def rep(a):
    if isinstance(a, P):
        return f"P({a.v!r})"
    if isinstance(a, list):
        return "[" + ", ".join(map(rep, a)) + "]"
    if type(a).__name__.endswith("iterator"):
        return "<iterator>"
    return repr(a)


def show(f, *args, **kw):
    shown = ", ".join(map(rep, args))
    try:
        r = f(*args, **kw)
        print(f"{f.__name__}({shown}) -> {r!r}")
    except Exception as e:
        print(f"{f.__name__}({shown}) !! {type(e).__name__}: {e}")


samples = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b//', 'a/./b/../c',
           '../..', '/..', '/../a', '.', './', 'a/..', 'a/../..', '///a/../../b', '//x/..',
           '.bashrc', 'a.b.c', 'dir.d/file', 'x/...', 'x/..a', 'x/a..b', '....tar']
for s in samples:
    for f in (pp.split, pp.splitext, pp.basename, pp.dirname, pp.normpath, pp.isabs,
              pp.splitdrive, pp.normcase):
        show(f, s)
        show(f, s.encode())
show(pp.split, P('/x/y'))
show(pp.normpath, P(b'a//b'))

for args in [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('x', ''),
             ('', ''), ('/', '..'), (b'a', b'b', b''), (P('a'), P('b')), ('a', P('b')),
             ('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), ('a', P(1)), ('a', P(b'x')),
             ('a', None)]:
    show(pp.join, *args)

for v in [1, None, 2.5, [1]]:
    for f in (pp.split, pp.basename, pp.normpath, pp.isabs, pp.splitext, pp.expandvars,
              pp.expanduser, pp.abspath, pp.realpath):
        show(f, v)

for items in [[], ['abc', 'abd', 'ab'], ['x'], [[1, 2, 3], [1, 2, 4]], [(1, 2), (1, 3)],
              [b'/usr/lib', b'/usr/local'], ['a', b'a'], [1], 'abc', [P('spam'), 'spa']]:
    show(gp.commonprefix, items)
    show(pp.commonprefix, items)

for items in [[], ['/a/b', '/a/c'], ['a/b', 'a'], ['/'], ['', ''], ['a//b/./c', 'a/b/'],
              [b'/x/y', b'/x/z/w'], ['/a', 'b'], ['a', b'b'], ['/a', b'/b'], [1], ['a', 1],
              [P('/q/r'), '/q/s'], ['/usr/lib', '/usr/libx'], ['.', 'a']]:
    show(pp.commonpath, items)
show(pp.commonpath, iter(['/a/b', '/a']))
show(pp.commonpath, iter([]))

os.environ['KRAIT_PX'] = 'val'
os.environ['KRAIT_P2'] = '/two'
os.environ.pop('KRAIT_NOPE', None)
for s in ['plain', '$KRAIT_PX', '${KRAIT_PX}', 'a$KRAIT_PX/b', '$KRAIT_NOPE/$KRAIT_PX',
          '${KRAIT_NOPE}x', '$', 'x$', '$$KRAIT_PX', '${', '${KRAIT_PX', '${}', '$-KRAIT_PX',
          '$KRAIT_PX$KRAIT_P2', '${KRAIT_P2}${KRAIT_PX}', '$KRAIT_PX.txt', '$1abc',
          '${KRAIT_PX}}', '${a$KRAIT_PX}', 'é$KRAIT_PX']:
    show(pp.expandvars, s)
    if s.isascii():
        show(pp.expandvars, s.encode())

os.environ['HOME'] = '/home/krait/'
for s in ['~', '~/x', '~x', 'x~', '/~', '~//a', b'~', b'~/y', '~nosuchuser_zz/a']:
    show(pp.expanduser, s)
os.environ['HOME'] = '/'
show(pp.expanduser, '~')
show(pp.expanduser, '~/q')
os.environ['HOME'] = ''
show(pp.expanduser, '~/q')

for args in [('a/b', 'a'), ('a', 'a/b/c'), ('a', 'a'), ('/x/y', '/z'), (b'p/q', b'p'),
             ('', 'a'), ('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), (None,), (P('x/y'), P('x')),
             ('/', '/'), ('/a/b', '/a/b/c/d')]:
    show(pp.relpath, *args)

print(pp.sep, pp.curdir, pp.pardir, pp.extsep, pp.pathsep, pp.defpath, pp.altsep, pp.devnull)
print(pp.supports_unicode_filenames, os.path is pp, sorted(pp.__all__))
print(sorted(gp.__all__))
print(pp.splitext.__name__, pp.join.__module__, gp.commonprefix.__module__)

# os.environ / environb mappings, getenv, get_exec_path, fsencode/fsdecode, fdopen, PathLike, exec lookups.
import os


def show(label, f, *args, **kw):
    try:
        print(label, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for k in list(os.environ):
    if k.startswith('KRT_'):
        del os.environ[k]

env = os.environ
print(type(env).__name__, type(env).__module__, isinstance(env, os._Environ))
env['KRT_A'] = 'alpha'
env['KRT_U'] = 'caf\xe9 \xff'
print(env['KRT_A'], env.get('KRT_A'), 'KRT_A' in env, 'KRT_Z' in env, env.get('KRT_Z', 'dflt'))
print(repr(env['KRT_U']), os.environb[b'KRT_U'])
show('getitem missing', lambda: env['KRT_Z'])
show('delitem missing', lambda: env.__delitem__('KRT_Z'))
show('set int value', env.__setitem__, 'KRT_B', 1)
show('set int key', env.__setitem__, 2, 'x')
show('set bytes', env.__setitem__, b'KRT_B', b'x')
show('get int key', env.get, 3)
show('contains int', lambda: 3 in env)
show('setdefault new', env.setdefault, 'KRT_C', 'c1')
show('setdefault old', env.setdefault, 'KRT_C', 'c2')
show('pop', env.pop, 'KRT_C')
show('pop missing', env.pop, 'KRT_C')
show('pop default', env.pop, 'KRT_C', 'gone')
show('getenv', os.getenv, 'KRT_A')
show('getenv missing', os.getenv, 'KRT_Z')
show('getenv default', os.getenv, 'KRT_Z', 5)
show('getenv bytes key', os.getenv, b'KRT_A')
show('getenvb', os.getenvb, b'KRT_A')
show('getenvb str', os.getenvb, 'KRT_A')
show('getenvb default', os.getenvb, b'KRT_Z', b'd')
os.environb[b'KRT_B'] = b'from-bytes'
print(env['KRT_B'])
show('environb str value', os.environb.__setitem__, b'KRT_B', 'x')
show('environb str key', os.environb.__setitem__, 'KRT_B', b'x')
del os.environb[b'KRT_B']
print('KRT_B' in env, b'KRT_B' in os.environb)
mine = {k: v for k, v in env.items() if k.startswith('KRT_')}
print(sorted(mine.items()))
copy = env.copy()
print(type(copy).__name__, copy['KRT_A'], copy is not env)
merged = env | {'KRT_M': 'm'}
print(type(merged).__name__, merged['KRT_M'], 'KRT_M' in env)
rmerged = {'KRT_A': 'old', 'KRT_R': 'r'} | env
print(type(rmerged).__name__, rmerged['KRT_A'], rmerged['KRT_R'])
show('or list', lambda: env | [1])
show('ror list', lambda: [1] | env)
env |= {'KRT_I': 'i'}
print(env['KRT_I'], type(env).__name__)
env.update(KRT_K='k', KRT_L='l')
print(env['KRT_K'], env['KRT_L'])
print(len(env) == len(os.environb) == len(list(env)))
print(repr(env).startswith('environ({'), repr(env).endswith('})'), "'KRT_A': 'alpha'" in repr(env))
print("b'KRT_A': b'alpha'" in repr(os.environb))
for k in list(env):
    if k.startswith('KRT_'):
        del env[k]
print([k for k in env if k.startswith('KRT_')])
print(env.encodekey('x'), env.decodevalue(b'y'), os.environb.encodevalue(b'z'))

saved = env.get('PATH')
env['PATH'] = '/p1:/p2::/p3'
show('exec path', os.get_exec_path)
show('exec path env', os.get_exec_path, {'PATH': 'a:b'})
show('exec path benv', os.get_exec_path, {b'PATH': b'x:y'})
show('exec path both', os.get_exec_path, {'PATH': 'a', b'PATH': b'b'})
show('exec path none', os.get_exec_path, {})
show('exec path defpath', lambda: os.get_exec_path({}) == os.defpath.split(os.pathsep))
env['PATH'] = saved

for v in ['abc', b'abc', 'caf\xe9', b'caf\xc3\xa9', 1, None]:
    show(f'fsencode {v!r}', os.fsencode, v)
    show(f'fsdecode {v!r}', os.fsdecode, v)


class P:
    def __fspath__(self):
        return 'from-P'


class Q:
    def __fspath__(self):
        return 7


show('fsencode P', os.fsencode, P())
show('fsdecode Q', os.fsdecode, Q())
show('fspath P', os.fspath, P())
show('fspath Q', os.fspath, Q())
print(issubclass(P, os.PathLike), isinstance(P(), os.PathLike), issubclass(int, os.PathLike))
print(os.PathLike[str], os.PathLike.__module__, os.PathLike.__name__)


class Sub(os.PathLike):
    pass


show('abstract', Sub)


class Sub2(os.PathLike):
    def __fspath__(self):
        return super().__fspath__()


show('super fspath', lambda: os.fspath(Sub2()))
print(issubclass(Sub, os.PathLike), isinstance(os.DirEntry, type))

show('fdopen str', os.fdopen, 'x')
show('fdopen float', os.fdopen, 1.5)
r, w = os.pipe()
with os.fdopen(w, 'w') as fw:
    fw.write('through fdopen\n')
with os.fdopen(r, 'rb') as fr:
    print(fr.read())
show('popen type', os.popen, b'ls')
show('popen mode', os.popen, 'ls', 'rw')
show('popen unbuffered', os.popen, 'ls', 'r', 0)
show('popen none', os.popen, 'ls', 'r', None)

env['PATH'] = '/krait-no-such-dir:/krait-no-such-dir2'
show('execvp missing', os.execvp, 'krait-no-such-program', ['x'])
show('execlp missing', os.execlp, 'krait-no-such-program', 'x')
show('execvpe missing', os.execvpe, 'krait-no-such-program', ['x'], {'PATH': '/krait-nope'})
show('execvpe bytes env', os.execvpe, 'krait-no-such-program', ['x'], {b'PATH': b'/krait-nope-b'})
show('execv slash', os.execvp, './krait-no-such-program', ['x'])
show('execle', os.execle, '/krait-no-such-program', 'x', {})
show('execl', os.execl, '/krait-no-such-program', 'x')
show('execlpe', os.execlpe, 'krait-no-such-program', 'x', {'PATH': ''})
env['PATH'] = saved

print(os.name, os.linesep == '\n', os.sep, os.altsep, os.curdir, os.pardir, os.extsep, os.pathsep,
      os.defpath, os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.error is OSError)
print(os.path.__name__, __import__('os.path').path is os.path, os.supports_bytes_environ)
for n in ['makedirs', 'walk', 'environ', 'environb', 'getenv', 'fsencode', 'execvpe', 'popen',
          'path', 'sep', '_exit', 'stat', 'listdir', 'getcwd', 'PathLike']:
    print(n, n in os.__all__)
print(len(os.__all__) == len(set(os.__all__)), all(hasattr(os, n) for n in os.__all__))
print(type(os.supports_fd).__name__, type(os.supports_dir_fd).__name__)
print(os.makedirs.__module__, os._Environ.__qualname__, os.walk.__name__, os.fsencode.__qualname__)

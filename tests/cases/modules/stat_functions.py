# stat: constants, S_IS* predicates, S_IMODE/S_IFMT and filemode() over many modes, plus bad arguments.
import os
import stat

consts = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
for n in consts:
    print(n, oct(getattr(stat, n)))

preds = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
         stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
modes = [0, 1, True, 0o644, 0o100644, 0o100755, 0o040755, 0o041777, 0o040700, 0o120777,
         0o140755, 0o010644, 0o020620, 0o060660, 0o170000, 0o030000, 0o104755, 0o102755,
         0o106644, 0o101000, 0o101001, 0o7777, 0o107777, 0xFFFFFFFF, 2**32 - 1]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [p.__name__ for p in preds if p(m)])


def show(label, f, *args):
    try:
        print(label, '->', repr(f(*args)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for f in [stat.S_ISDIR, stat.S_ISWHT, stat.S_IMODE, stat.S_IFMT, stat.filemode]:
    for bad in ['x', 1.5, None, -1, 2**32, 2**64, 2**70]:
        show(f'{f.__name__}({bad!r})', f, bad)

print(stat.filemode(os.stat('.').st_mode)[0], stat.S_ISDIR(os.stat('.').st_mode))
print(stat.S_ISREG(os.lstat(__file__).st_mode), stat.filemode(os.stat(__file__).st_mode)[0])
ns = {}
exec('from stat import *', ns)
print(sorted(k for k in ns if not k.startswith('__')) == sorted(k for k in dir(stat) if not k.startswith('_')))
print(stat.S_ISDIR.__name__, stat.filemode.__name__, stat.S_IMODE.__name__)

# A module __getattr__ that raises AttributeError counts as a missing attribute wherever CPython
# only looks an attribute up (from-imports probe __path__), and types.UnionType compares and
# hashes its members as a set (so it meets typing.Union, which hashes that way, in dicts).
import sys
import types

mod = types.ModuleType('dynamic_mod')
exec("value = 5\ndef __getattr__(name):\n    raise AttributeError(f'no {name} here')\n", mod.__dict__)
sys.modules['dynamic_mod'] = mod
from dynamic_mod import value
print(value, hasattr(mod, 'missing'), getattr(mod, 'missing', 'default'))
try:
    mod.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    from dynamic_mod import missing
except ImportError as e:
    print('ImportError', e)

print(hash(int | str) == hash(frozenset((int, str))), hash(int | None) == hash(None | int))
print({int | None: 'found'}.get(None | int), (int | list[int]) == (list[int] | int))
print(list[int] | list[int], int | list[int] | list[int])

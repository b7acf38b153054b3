# Relative imports: from . import x, from .. import y, from .mod import name, inside nested packages.
import relpkg
from relpkg.inner import deep

print(relpkg.VALUE)
print(relpkg.describe())
print(deep.sibling.helper(), deep.__package__, deep.__name__)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)

# The deprecated sre_constants module re-exports re._constants with a DeprecationWarning.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import sre_constants
print([str(x.message) for x in w], [str(x.category.__name__) for x in w])
import re
print(sre_constants.error is re.error, sre_constants.MAXREPEAT == re._constants.MAXREPEAT)
try:
    re.compile('(')
except sre_constants.error as e:
    print('caught', e)
print(bool(re.match('', 'x')), re.match('a', 'a').__class__.__bool__ is object.__bool__
      if hasattr(object, '__bool__') else '__bool__' in dir(re.match('a', 'a')))

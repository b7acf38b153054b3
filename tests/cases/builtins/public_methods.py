# The public (non-underscore) methods and attributes of the core types, and dir() of object.
for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
          memoryview, type(None), BaseException, type):
    print(t.__name__, [n for n in dir(t) if not n.startswith("_")])
print(dir(object))
print([n for n in dir(int) if n.startswith("__r")])
print(sorted(set(dir(list)) - set(dir(object))))
print(sorted(set(dir(dict)) - set(dir(object))))

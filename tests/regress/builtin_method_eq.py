# Builtin functions and methods compare equal (and hash alike) when they wrap the same native
# function bound to the same object, even though each attribute lookup makes a new object.
print(object.__new__ == object.__new__, object.__new__ != object.__new__)
print(int.__new__ == object.__new__, object.__new__ in {object.__new__})
print(len({int.__new__, int.__new__, str.__new__}), hash(len) == hash(len), len == len)
items = []
other = []
print(items.append == items.append, items.append == other.append, items.append == items.pop)
print({items.append: 1}[items.append], items.append == 5, len != abs)

from collections import UserString, UserList, UserDict, ChainMap
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
us = UserString('Hello World')
for name in ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip']:
    t(lambda: getattr(us, name)())
for call in [lambda: us.center(20, '*'), lambda: us.count('o'), lambda: us.count(UserString('l')), lambda: us.endswith('ld'), lambda: us.find('o', 5), lambda: us.index('W'), lambda: us.rindex('o'), lambda: us.rfind('z'),
             lambda: us.replace('o', '0', 1), lambda: us.zfill(15), lambda: us.ljust(13, '.'), lambda: us.rjust(13), lambda: us.partition(' '), lambda: us.rpartition('o'), lambda: us.join(['a', 'b']),
             lambda: us.expandtabs(), lambda: us.removeprefix('Hel'), lambda: us.removesuffix('rld'), lambda: us.encode(), lambda: us.format(), lambda: UserString('{x}').format_map({'x': 1}),
             lambda: us.translate(str.maketrans('lo', 'LO')), lambda: us.startswith(('He', 'x')), lambda: us[::-1], lambda: us[0], lambda: us * 2, lambda: 3 * us, lambda: us + 'x', lambda: 'x' + us, lambda: us + UserString('!'),
             lambda: UserString('%s-%d') % ('a', 1), lambda: '%s' % us, lambda: us < 'I', lambda: us == UserString('Hello World'), lambda: hash(us) == hash('Hello World'), lambda: 'World' in us, lambda: len(us),
             lambda: int(UserString('42')), lambda: float(UserString('1.5')), lambda: complex(UserString('1j')), lambda: UserString(5), lambda: UserString(us), lambda: us.index('zz'), lambda: us.split('o', 1), lambda: list(reversed(us)), lambda: us.__getnewargs__()]:
    t(call)
ul = UserList([5, 3, 1])
for call in [lambda: ul + [1], lambda: [0] + ul, lambda: ul + UserList([2]), lambda: ul + (7,), lambda: ul * 2, lambda: ul[1:], lambda: ul[0], lambda: ul == [5, 3, 1], lambda: ul < [6], lambda: ul > UserList([4]),
             lambda: ul.index(3), lambda: ul.count(5), lambda: 1 in ul, lambda: len(ul), lambda: ul.copy(), lambda: list(reversed(ul)), lambda: UserList(ul), lambda: UserList((1, 2)), lambda: UserList(), lambda: ul.index(99)]:
    t(call)
ul.append(0); ul.insert(0, 9); ul.extend([7, 7]); ul.extend(UserList([8])); ul.remove(7); ul.sort(); print(ul); ul.sort(reverse=True, key=lambda x: -x); print(ul, ul.pop(), ul.pop(0)); ul.reverse(); print(ul); ul += [1]; ul *= 2; print(ul); del ul[0]; ul[0] = 'z'; print(ul); ul.clear(); print(ul)
ud = UserDict({'a': 1}, b=2)
print(ud, ud.copy(), UserDict.fromkeys('xy', 0), ud | {'c': 3}, {'c': 3} | ud, ud | UserDict(d=4), len(ud), list(ud), ud.get('a'), ud.get('z', 5), ud.pop('a'), ud, ud.setdefault('q', 7), ud.popitem(), ud.keys(), dict(ud.items()))
ud |= {'m': 1}; print(ud, 'm' in ud, ud == {'b': 2, 'm': 1})
t(lambda: ud['nope'])
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}, {'c': 4})
print(list(cm.items()), cm.new_child().maps, cm.parents.parents, {'z': 0} | cm, cm | {'z': 0}, dict(ChainMap.fromkeys('ab', 1)), cm.copy().maps is not cm.maps)
cm2 = cm.copy(); cm2 |= {'x': 1}; print(cm2.maps[0], cm.maps[0], repr(ChainMap()), cm.get('b'), cm.get('nope', 'd'), len(cm), bool(cm))

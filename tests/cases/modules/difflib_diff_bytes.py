import difflib
a = [b'caf\xe9\n', b'same\n', b'\xff\xfe\n', b'x\n']
b = [b'cafe\n', b'same\n', b'\xff\xfd\n', b'x\n', b'\x80new\n']
print(list(difflib.diff_bytes(difflib.unified_diff, a, b, b'f\xe9', b'to', b'd1', b'd2', 1)))
print(list(difflib.diff_bytes(difflib.context_diff, a, b, lineterm=b'\r\n')))
for bad in [(['s'], [b'x']), ([b'x'], [b'y'], 'name')]:
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *bad))
    except TypeError as e:
        print(e)

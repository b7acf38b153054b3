# glob.magic_check(_bytes), base64.test(), shlex.deque: module attributes CPython exposes.
import glob, base64, shlex
print(glob.magic_check, glob.magic_check_bytes, glob.magic_check.sub(r'[\1]', 'a*b?'))
try:
    glob.nothing
except AttributeError as e:
    print(e)
base64.test()
print(base64.test.__qualname__, shlex.deque.__name__)

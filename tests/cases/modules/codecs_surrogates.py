# surrogateescape and surrogatepass round trips, and lone surrogates on stdout. Krait's str
# cannot hold lone surrogates yet (they read U+FFFD), so this case is expected to fail.
import codecs
import sys

data = b'ok\xff\xfe\x80'
text = data.decode('utf-8', 'surrogateescape')
print(ascii(text), text.encode('utf-8', 'surrogateescape') == data)
print(ascii(b'\xed\xa0\x80x'.decode('utf-8', 'surrogatepass')))
print('\ud800'.encode('utf-8', 'surrogatepass'), '\udcff'.encode('latin-1', 'surrogateescape'))
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
try:
    '\udcff'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
sys.stdout.flush()
try:
    print('\udcff')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

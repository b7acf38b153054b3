# codecs.open and the stream readers and writers over files.
import codecs
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt')

for enc in ['utf-8', 'utf-16', 'utf-32-le', 'latin-1', 'utf-8-sig']:
    with codecs.open(path, 'w', encoding=enc) as f:
        print(type(f).__name__, f.encoding)
        f.write('first \u00e9\n')
        f.writelines(['second\r\n', 'third\u20ac' if enc != 'latin-1' else 'third'])
    with open(path, 'rb') as raw:
        print(enc, raw.read())
    with codecs.open(path, 'r', encoding=enc) as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.read()))
    with codecs.open(path, encoding=enc) as f:
        print(f.readlines())
    with codecs.open(path, encoding=enc) as f:
        print([line for line in f])
    with codecs.open(path, encoding=enc) as f:
        print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))

with codecs.open(path, 'wb') as f:
    print(type(f).__name__)
    f.write(b'a\xffb\n')
with codecs.open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
try:
    with codecs.open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)

# Reader and writer classes over a file object.
with open(path, 'wb') as raw:
    w = codecs.getwriter('utf-16-le')(raw)
    w.write('xy\u20ac')
    w.write('\n')
with open(path, 'rb') as raw:
    r = codecs.getreader('utf-16-le')(raw)
    print(repr(r.readline(keepends=False)), repr(r.read()))

with open(path, 'wb') as raw:
    raw.write('line1\nline2\n'.encode('utf-8'))
with open(path, 'rb') as raw:
    sr = codecs.EncodedFile(raw, 'latin-1', 'utf-8')
    print(sr.read())

os.remove(path)
os.rmdir(tmp)

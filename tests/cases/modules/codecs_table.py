# Differential table: str.encode / bytes.decode / codecs.encode / codecs.decode over many
# (data, encoding, errors) triples, printing the result or the exception.
import codecs

ENCODINGS = ['utf-8', 'UTF8', 'U8', 'utf_8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'UTF-16BE',
             'utf-32', 'utf_32_le', 'utf-32-be', 'latin-1', 'L1', 'iso8859_1', 'ascii',
             'us-ascii', '646', 'cp1252', 'windows-1252', 'unicode_escape',
             'raw_unicode_escape']
ENC_ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
              'namereplace', 'surrogateescape', 'surrogatepass', 'bogus']
DEC_ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
              'namereplace', 'bogus']

TEXTS = ['', 'abc', 'caf\xe9', 'a\u20acb', '\u0100\u0101x', 'x\U0001f600y', 'tab\there\n',
         'back\\slash', '\x80\x9f\xff', 'snow\u2603man', 'q"\'']
DATA = [b'', b'abc', b'\xff', b'a\xffb', b'\xc3', b'\xc3\xa9', b'\xe2\x82', b'\xe2\x82\xac',
        b'\xe2\x28\xa1', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xc0\xaf',
        b'\xf5\x80', b'\x80\x81\x82', b'\xef\xbb\xbfhi', b'\xff\xfeh\x00', b'\xfe\xff\x00h',
        b'h\x00i', b'\x00\xd8\x00\xdc', b'\x00\xdc', b'\x00\xd8a\x00', b'\x00\xd8',
        b'\xff\xfe\x00\x00h\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
        b'\x81\x8d\x8f\x90\x9d', b'\\x41\\u20ac\\U0001F600', b'\\N{EURO SIGN}', b'\\x4',
        b'\\u12g', b'\\', b'\\101\\n\\t', b'\\N{NO SUCH NAME}']


def show(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


for enc in ENCODINGS:
    print('==', enc)
    for t in TEXTS:
        for err in ENC_ERRORS:
            print('E', repr(t), err, show(lambda: t.encode(enc, err)))
    for d in DATA:
        for err in DEC_ERRORS:
            print('D', repr(d), err, show(lambda: d.decode(enc, err)))
    print('codecs.encode', show(lambda: codecs.encode('x\u20ac', enc, 'strict')))
    print('codecs.decode', show(lambda: codecs.decode(b'x\x81', enc)))
    print('bytearray', show(lambda: bytearray(b'ab\xe9').decode(enc, 'replace')))
    print('memoryview', show(lambda: codecs.decode(memoryview(b'ab'), enc)))

# Exception attributes.
for f in [lambda: b'ab\xffcd'.decode('utf-8'), lambda: 'ab\u20accd'.encode('latin-1'),
          lambda: 'ab\u20ac\u20accd'.encode('ascii'), lambda: b'\x00\xdc'.decode('utf-16-le'),
          lambda: b'\\x4'.decode('unicode_escape')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end,
              repr(e.reason), e.args == (e.encoding, e.object, e.start, e.end, e.reason))
        print(' ', e)

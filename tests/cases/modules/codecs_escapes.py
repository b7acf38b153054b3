# _codecs.escape_encode/escape_decode (the bytes literal escapes) and readbuffer_encode.
import codecs, warnings
print(codecs.escape_encode(b'a\'"\\\t\n\r\x00\x7f\xff'))
for d in [b'a\\n\\x41\\101\\q', b'\\x4', b'ab\\x4g', b'x\\', b'\\\n\\a\\v\\777\\q', 'str\\n', b'\\8\\x', b'\\1234']:
    for err in ['strict', 'replace', 'ignore', 'bogus']:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try: print(d, err, codecs.escape_decode(d, err))
            except Exception as e: print(d, err, type(e).__name__, e)
            print('  ', [str(x.message) for x in w])
print(codecs.readbuffer_encode('h\xe9'), codecs.readbuffer_encode(bytearray(b'x')), codecs.readbuffer_encode(memoryview(b'ab'), None))
for f in [lambda: codecs.escape_encode('x'), lambda: codecs.readbuffer_encode(1), lambda: codecs.escape_decode(1)]:
    try: f()
    except TypeError as e: print(e)

# The codec registry: lookup and CodecInfo, name normalisation and aliases, search
# functions, the get* helpers, codecs.encode/decode, BOM constants.
import codecs
import encodings

for name in ['utf-8', 'UTF8', 'U8', 'utf_8', ' Utf-8 ', 'utf', 'cp65001', 'utf-8-sig',
             'utf-16', 'UTF16', 'utf_16le', 'UnicodeBigUnmarked', 'utf-32', 'u32', 'utf_32_BE',
             'latin-1', 'latin1', 'L1', 'ISO-8859-1', 'iso_8859_1:1987', 'csISOLatin1', '8859',
             'ascii', 'US-ASCII', '646', 'ANSI_X3.4-1968', 'iso_646.irv:1991', 'cp1252',
             'windows-1252', 'unicode_escape', 'Unicode-Escape', 'raw_unicode_escape']:
    info = codecs.lookup(name)
    print(repr(name), info.name, type(info).__name__, len(info), info._is_text_encoding,
          info.incrementaldecoder.__module__, info.streamwriter.__qualname__)

info = codecs.lookup('utf-8')
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print(info.encode, info.decode.__name__, info[0] is info.encode, info[2] is info.streamreader,
      info[3] is info.streamwriter, tuple(info)[:1])
print(codecs.lookup('UTF-8') is codecs.lookup('utf-8'))
print(codecs.lookup('latin-1').encode, codecs.lookup('ascii').decode)
print(codecs.getencoder('latin-1')('\xe9'), codecs.getdecoder('utf-16')(b'\xff\xfea\x00'))
print(codecs.getincrementalencoder('ascii'), codecs.getincrementaldecoder('utf_8'))
print(codecs.getreader('utf-8'), codecs.getwriter('utf-32'))

for bad in ['no-such-codec', '', 'utf-9', 'encodings', 'aliases']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
for bad in [1, None, b'utf-8']:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(encodings.normalize_encoding('  Latin--1 '), encodings.normalize_encoding('a.b c'),
      encodings.normalize_encoding(b'utf-8'), encodings.normalize_encoding('\xe9x'))
print(encodings.aliases.aliases['latin1'], encodings.aliases.aliases['u8'])

# CodecInfo built by hand.
ci = codecs.CodecInfo(str.upper, str.lower, name='upper')
print(ci.name, ci.encode, ci.incrementalencoder, ci.streamreader, tuple(ci), ci._is_text_encoding)
ci2 = codecs.CodecInfo(None, None, _is_text_encoding=False)
print(ci2._is_text_encoding, ci2.name)

# Search functions.
seen = []


def search(name):
    seen.append(name)
    if name == 'shout':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='shout')
    if name == 'binary_only':
        return codecs.CodecInfo(lambda b, errors='strict': (bytes(b)[::-1], len(b)),
                                lambda b, errors='strict': (bytes(b)[::-1], len(b)),
                                name='binary_only', _is_text_encoding=False)
    if name == 'three':
        return (1, 2, 3)
    if name == 'badtuple':
        return (lambda s, e='strict': 'not a tuple', lambda b, e='strict': (42, 1), None, None)
    if name == 'raiser':
        return (lambda s, e='strict': 1 / 0, lambda b, e='strict': [][1], None, None)
    return None


codecs.register(search)
print('hello'.encode('shout'), b'HELLO'.decode('Shout'), codecs.encode('x', 'shout'))
print(codecs.lookup('Foo Bar-Baz') if False else '', end='')
try:
    codecs.lookup('Foo Bar-Baz')
except LookupError as e:
    print(e, seen[-1])
for f in [lambda: 'x'.encode('binary_only'), lambda: b'x'.decode('binary_only'),
          lambda: codecs.encode(b'abc', 'binary_only'), lambda: codecs.decode(b'abc', 'binary_only'),
          lambda: codecs.lookup('three'), lambda: 'x'.encode('badtuple'),
          lambda: b'x'.decode('badtuple'), lambda: codecs.encode('x', 'badtuple'),
          lambda: codecs.decode(b'x', 'badtuple'), lambda: 'x'.encode('raiser'),
          lambda: b'x'.decode('raiser'), lambda: codecs.encode('x', 'raiser'),
          lambda: codecs.decode('x', 'raiser')]:
    try:
        print(f())
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, '| cause:', type(cause).__name__ if cause else None)
print(codecs.unregister(search), codecs.unregister(search))
try:
    codecs.lookup('shout')
except LookupError as e:
    print(e)
try:
    codecs.register('not callable')
except TypeError as e:
    print(e)

# codecs.encode / decode defaults and errors.
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('\xe9', 'latin-1'),
      codecs.decode(b'\xe9', encoding='latin-1'), codecs.encode(obj='x', encoding='ascii'))
for f in [lambda: codecs.encode('\xe9', 'ascii'), lambda: codecs.encode(b'x', 'utf-8'),
          lambda: codecs.decode('x', 'utf-8'), lambda: codecs.encode('x', 'utf-8', 3),
          lambda: codecs.encode('x', 4), lambda: codecs.decode(b'\xff', 'utf-8', 'bogus'),
          lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: codecs.encode(),
          lambda: 'x'.encode('utf-8', 'bogus'), lambda: '\xe9'.encode('ascii', 'bogus')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM32_LE, codecs.BOM64_BE)
print(sorted(codecs.__all__))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 10, 3: 30}))

# bytes.decode hands a registered decoder a memoryview.


def peek_search(name):
    if name == 'peek':
        def peek_decode(data, errors='strict'):
            print(' ', type(data).__name__, bytes(data), errors)
            return ('ok', len(data))
        return codecs.CodecInfo(None, peek_decode, name='peek')


codecs.register(peek_search)
print(b'ab'.decode('peek'), bytearray(b'cd').decode('peek', 'ignore'), str(b'ef', 'peek'))

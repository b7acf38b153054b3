# Incremental decoders fed one byte at a time, incremental encoders, iterencode/iterdecode,
# decoder state, and the codec functions of _codecs with final=False.
import codecs

SAMPLES = {
    'utf-8': 'h\xe9\u20ac\U0001f600!',
    'utf-8-sig': 'sig\u20ac',
    'utf-16': 'a\u20ac\U0001f600',
    'utf-16-le': 'le\U0001f600',
    'utf-16-be': 'be\U0001f600',
    'utf-32': 'x\U0001f600',
    'utf-32-le': 'y\u20ac',
    'utf-32-be': 'z\u20ac',
    'latin-1': 'caf\xe9',
    'ascii': 'plain',
    'cp1252': 'euro\u20ac',
    'unicode_escape': 'esc\n\u20ac\U0001f600',
    'raw_unicode_escape': 'raw\\\u20ac\U0001f600',
}

for enc, text in SAMPLES.items():
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b'', True))
    print(enc, data, pieces, ''.join(pieces) == text)
    encoder = codecs.getincrementalencoder(enc)()
    chunks = [encoder.encode(c) for c in text] + [encoder.encode('', True)]
    print('  enc', chunks, b''.join(chunks) == data)
    print('  iter', list(codecs.iterdecode([data[:3], data[3:]], enc)),
          list(codecs.iterencode(['ab', '', 'c'], enc)))

# Incomplete input at the end.
for enc, data in [('utf-8', b'ab\xe2\x82'), ('utf-16-le', b'a\x00b'), ('utf-32-be', b'\x00\x00'),
                  ('utf-16', b'\xff\xfea\x00\x3d\xd8'), ('unicode_escape', b'x\\u20')]:
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, repr(dec.decode(data)), dec.getstate())
    try:
        print('  final', repr(dec.decode(b'', True)))
    except UnicodeDecodeError as e:
        print('  final', type(e).__name__, e)
    dec.reset()
    print('  after reset', repr(dec.decode(b'ok'.decode().encode(enc))))

# Errors inside an incremental decoder.
dec = codecs.getincrementaldecoder('utf-8')('replace')
print([dec.decode(bytes([b])) for b in b'a\xff\xe2\x82z'])
dec = codecs.getincrementaldecoder('utf-8')()
try:
    dec.decode(b'ok\xe2\x82z')
except UnicodeDecodeError as e:
    print(e)

# utf-16 without a BOM.
dec = codecs.getincrementaldecoder('utf-16')()
try:
    dec.decode(b'a\x00b\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
print(repr(codecs.getincrementaldecoder('utf-16')().decode(b'\xfe\xff\x00a\x00b')))

# Encoder state: the BOM is written once.
e = codecs.getincrementalencoder('utf-16')()
print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b'))
e.reset()
print(e.encode('c'))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode(''), e.encode('x'), e.encode('y'))

# The _codecs functions directly.
print(codecs.utf_8_decode(b'ab\xc3', 'strict', False), codecs.utf_8_decode(b'ab\xc3', 'replace', True))
print(codecs.utf_16_ex_decode(b'\xff\xfe', 'strict', 0, False),
      codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True),
      codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True))
print(codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), codecs.utf_32_decode(b'\xff\xfe\x00'))
print(codecs.utf_16_encode('ab', 'strict', -1), codecs.utf_16_encode('ab', None, 1),
      codecs.utf_32_encode('a'), codecs.utf_32_be_encode('a'))
print(codecs.latin_1_encode('\xff'), codecs.ascii_decode(b'abc'), codecs.latin_1_decode(b'\xe9'))
print(codecs.unicode_escape_decode(b'a\\x4', 'strict', False), codecs.unicode_escape_decode('\\u20ac'))
print(codecs.raw_unicode_escape_decode(b'\\u20ac\\x'), codecs.raw_unicode_escape_encode('\u20ac\xe9'))
print(codecs.charmap_decode(b'\x00\x02', 'strict', 'xyz'), codecs.charmap_decode(b'ab', 'replace', {97: 'A', 98: None}))
print(codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'BB'}), codecs.charmap_encode('\xe9'))
for bad in [lambda: codecs.utf_8_encode(b'x'), lambda: codecs.utf_8_decode('x'),
            lambda: codecs.utf_8_encode('x', 1), lambda: codecs.charmap_encode('c', 'strict', {99: 'x'}),
            lambda: codecs.charmap_decode(b'c', 'strict', {99: 1.5}),
            lambda: codecs.charmap_encode('ab', 'strict', {97: 65})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

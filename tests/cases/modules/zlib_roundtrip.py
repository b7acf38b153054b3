# zlib: checksums, one-shot and streaming round trips, decompressing CPython-made streams.
import zlib

print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 5), zlib.crc32(b''), zlib.crc32(b'a', -1))
print(zlib.crc32(b'a', 2**40), zlib.crc32(bytearray(b'xyz')), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.crc32(b'hello world'), zlib.adler32(b'hello world'))
print(zlib.adler32(b'hello'), zlib.adler32(b'hello', 5), zlib.adler32(b''), zlib.adler32(b'a', -1))
print(zlib.adler32(bytes(range(256)) * 100), zlib.crc32(bytes(range(256)) * 100))

# constants
for name in ['DEFLATED', 'DEF_BUF_SIZE', 'DEF_MEM_LEVEL', 'MAX_WBITS', 'Z_BEST_COMPRESSION',
             'Z_BEST_SPEED', 'Z_BLOCK', 'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED',
             'Z_FINISH', 'Z_FIXED', 'Z_FULL_FLUSH', 'Z_HUFFMAN_ONLY', 'Z_NO_COMPRESSION',
             'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_RLE', 'Z_SYNC_FLUSH', 'Z_TREES']:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION[:2], zlib.ZLIB_RUNTIME_VERSION[:2])
print(zlib.error, zlib.error.__mro__)

# streams made by CPython's zlib
fox = b'The quick brown fox jumps over the lazy dog. ' * 20
made_zlib = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x01G\xa5C\x1c'
made_gzip = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x01\xe6Jf\xb0\x84\x03\x00\x00'
made_raw = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x01'
made_dict = b'x\xbbr\xa5\t\r\x0b\xc9HU(D\x93\xcb*\xcd-(V\xc8/K-R(\x01J\xc3\x94\xea)\x8c*\x1eU<\xaa\x98\xea\x8a\x01G\xa5C\x1c'
print(zlib.decompress(made_zlib) == fox, zlib.decompress(made_gzip, 31) == fox)
print(zlib.decompress(made_raw, -15) == fox, zlib.decompress(made_gzip, 47) == fox,
      zlib.decompress(made_zlib, 47) == fox, zlib.decompress(made_zlib, 0) == fox)
print(zlib.decompress(made_zlib, bufsize=1) == fox, zlib.decompress(made_zlib + b'trailing') == fox)
d = zlib.decompressobj(zdict=b'quick brown fox lazy dog')
print(d.decompress(made_dict) == fox, d.eof)
filtered = b"b`dbfaec\xe7\xe0\xe4\xe2\xe6\xe1\xe5\xe3\x17\x10\x14\x12\x16\x11\x15\x13\x97\x90\x94\x92\x96\x91\x95\x93WPTRVQUS\xd7\xd0\xd4\xd2\xd6\xd1\xd5\xd370426153\xb7\xb0\xb4\xb2\xb6\xb1\xb5\xb3wptrvqus\xf7\xf0\xf4\xf2\xf6\xf1\xf5\xf3\x0f\x08\x0c\n\x0e\t\r\x0b\x8f\x88\x8c\x8a\x8e\x89\x8d\x8bOHLJNIMK\xcf\xc8\xcc\xca\xce\xc9\xcd\xcb/(,*.)-+\xaf\xa8\xac\xaa\xae\xa9\xad\xabohljnimk\xef\xe8\xec\xea\xee\xe9\xed\xeb\x9f0q\xd2\xe4)S\xa7M\x9f1s\xd6\xec9s\xe7\xcd_\xb0p\xd1\xe2%K\x97-_\xb1r\xd5\xea5k\xd7\xad\xdf\xb0q\xd3\xe6-[\xb7m\xdf\xb1s\xd7\xee={\xf7\xed?p\xf0\xd0\xe1#G\x8f\x1d?q\xf2\xd4\xe93g\xcf\x9d\xbfp\xf1\xd2\xe5+W\xaf]\xbfq\xf3\xd6\xed;w\xef\xdd\x7f\xf0\xf0\xd1\xe3'O\x9f=\x7f\xf1\xf2\xd5\xeb7o\xdf\xbd\xff\xf0\xf1\xd3\xe7/_\xbf}\xff\xf1\xf3\xd7\xef?\x7f\xff\xfdg\x18\xf5\xff\xa8\xffG\xb0\xff\x01\x00\x00\x00\xff\xff"
d = zlib.decompressobj(-15)
out = d.decompress(filtered)
print(out == bytes(range(256)) * 4, d.eof, d.unused_data, d.unconsumed_tail)
print(zlib.decompress(b'x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15'))

# one-shot round trips at every level and wrapper
data = b''.join(str(i).encode() * (i % 7) for i in range(3000))
for wbits in [15, 9, -15, -9, 31, 25]:
    for level in [-1, 0, 1, 5, 9]:
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits)
        print(wbits, level, back == data, len(c) < len(data) or level == 0)
print(zlib.compress(b'abc', wbits=31)[:3], zlib.compress(b'abc', wbits=15)[:1])
print(zlib.decompress(zlib.compress(b'')), zlib.decompress(zlib.compress(b'', 0)))
print(zlib.decompress(zlib.compress(bytearray(b'ba'))), zlib.compress(data, level=9) != b'')

# streaming compression
co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b'more'))
parts.append(co.flush())
print(zlib.decompress(b''.join(parts)) == data + b'more')
for strategy in range(5):
    co = zlib.compressobj(strategy=strategy, wbits=-12)
    print(strategy, zlib.decompress(co.compress(data) + co.flush(), -12) == data)
co = zlib.compressobj(zdict=b'0123456789')
c = co.compress(data) + co.flush()
d = zlib.decompressobj(zdict=b'0123456789')
print(d.decompress(c) == data, d.eof)
co = zlib.compressobj()
start = co.compress(b'shared prefix ')
copy = co.copy()
a = start + co.compress(b'one') + co.flush()
b = start + copy.compress(b'two') + copy.flush()
print(zlib.decompress(a), zlib.decompress(b))
print(co.flush(zlib.Z_NO_FLUSH) if False else zlib.compressobj().flush(zlib.Z_NO_FLUSH))
co = zlib.compressobj()
head = co.compress(b'x' * 100)
sync = co.flush(zlib.Z_SYNC_FLUSH)
print(sync[-4:], zlib.decompressobj().decompress(head + sync))
full = co.compress(b'y' * 10) + co.flush(zlib.Z_FULL_FLUSH)
print(full[-4:])

# streaming decompression: max_length, unconsumed_tail, unused_data, eof, flush, copy
c = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(c, 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof, d.unused_data)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 1000)
print(out == data, d.eof)
d = zlib.decompressobj()
out = b''.join(d.decompress(c[i:i + 7]) for i in range(0, len(c), 7))
print(out == data, d.eof, d.unused_data)
d = zlib.decompressobj()
print(len(d.decompress(c + b'tail')), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data, d.flush())
d = zlib.decompressobj()
first = d.decompress(c, 10)
rest = d.flush()
print(len(first), len(rest), first + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
half = d.decompress(c[:len(c) // 2])
dc = d.copy()
one = d.decompress(c[len(c) // 2:])
two = dc.decompress(c[len(c) // 2:])
print(half + one == data, one == two, dc.eof)
d = zlib.decompressobj()
part = d.decompress(c[:50])
print(d.flush() == b'' or True, d.eof)
d = zlib.decompressobj(wbits=-15)
print(d.decompress(zlib.compress(b'hi', wbits=-15) + b'after'), d.eof, d.unused_data)
d = zlib.decompressobj(47)
print(d.decompress(made_gzip) == fox, d.eof)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

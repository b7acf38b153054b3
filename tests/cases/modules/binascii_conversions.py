# binascii: hex, base64, quoted-printable, uuencode, CRCs.
import binascii as b

print(sorted(x for x in dir(b) if not x.startswith('__')))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)

# hex
print(b.hexlify(b'\x01\xab\xff'), b.b2a_hex(bytearray(b'abc')), b.hexlify(b''))
print(b.hexlify(b'\x01\xab\xff\x00', '-'), b.hexlify(b'\x01\xab\xff\x00', b':', 3))
print(b.hexlify(b'\x01\xab\xff\x00', ':', -3), b.hexlify(b'\x01\xab\xff\x00', ':', 0))
print(b.b2a_hex(b'abcdef', sep='_', bytes_per_sep=2), b.hexlify(data=b'xy', sep=' '))
print(b.hexlify(bytes(range(0, 256, 17)), ' ', 4))
print(b.unhexlify(b'01abFF'), b.unhexlify('01abff'), b.a2b_hex(bytearray(b'0a0B')), b.unhexlify(''))

# CRCs
print(b.crc32(b'hello'), b.crc32(b'hello', 5), b.crc32(b''), b.crc32(b'hello', -1), b.crc32(b'x', 2**33))
print(b.crc_hqx(b'hello', 0), b.crc_hqx(b'hello', 0x1234), b.crc_hqx(b'hello', -1), b.crc_hqx(b'', 7))
print(b.crc_hqx(bytes(range(256)), 0xffff), b.crc32(bytes(range(256))))

# base64
for data in [b'', b'a', b'ab', b'abc', b'abcd', b'hello world', bytes(range(256))]:
    enc = b.b2a_base64(data)
    print(enc[:40], b.a2b_base64(enc) == data, b.b2a_base64(data, newline=False) == enc[:-1])
for s in ['aGVsbG8gd29ybGQ=', b'aGVsbG8gd29ybGQ=\n', 'aG!!VsbG8=', 'aGVsbG8=garbage', 'aGVsbA===',
          '', '====', 'aGVs\nbG8=', 'a b c d', 'YQ', 'YWI']:
    try:
        print(repr(s), b.a2b_base64(s))
    except b.Error as e:
        print(repr(s), 'Error', e)
print(b.a2b_base64('aGVsbA==', strict_mode=True), b.a2b_base64('aGVsbG9=', strict_mode=True))
print(b.a2b_base64('abcdef==', strict_mode=True), b.a2b_base64(b'YWJj', strict_mode=False))

# quoted-printable
print(b.b2a_qp(b'hello = world\t\n'))
print(b.b2a_qp(b'h\xe9llo world ' * 8))
print(b.b2a_qp(b'abc\r\ndef\n', quotetabs=True), b.b2a_qp(b'a b\tc', quotetabs=True))
print(b.b2a_qp(b'a_b c', header=True), b.b2a_qp(b'abc\ndef', istext=False))
print(b.b2a_qp(b'.\nx.'), b.b2a_qp(b'From foo'), b.b2a_qp(b'line \nend\t'), b.b2a_qp(b'\x00\x7f='))
print(b.b2a_qp(b'x' * 200))
print(b.b2a_qp(b'y' * 75 + b'\n' + b'z' * 80 + b' \r\n'))
print(b.b2a_qp(data=b'q', quotetabs=0, istext=1, header=0))
print(b.a2b_qp(b'h=E9llo=\nworld=3d=3D'), b.a2b_qp(b'a_b', header=True), b.a2b_qp(b'a=ZZb='))
print(b.a2b_qp('abc=20'), b.a2b_qp(b'a=\r\nb'), b.a2b_qp(b'soft=  \nbreak'), b.a2b_qp(b'=4'), b.a2b_qp(b''))
for data in [b'plain text', b'tab\tand space \nnext', bytes(range(256)), b'=' * 10]:
    print(b.a2b_qp(b.b2a_qp(data)) == data, b.a2b_qp(b.b2a_qp(data, True, False, True), True) == data)

# uuencode
print(b.b2a_uu(b'hello world'), b.b2a_uu(b'hello world', backtick=True))
print(b.b2a_uu(b''), b.b2a_uu(b'', backtick=True), b.b2a_uu(b'\x00\x00\x00', backtick=True))
print(b.a2b_uu(b'+:&5L;&\\@=V]R;&0 \n'), b.a2b_uu('+:&5L;&\\@=V]R;&0`\n'))
print(b.a2b_uu(b''), b.a2b_uu(b'\n'), b.a2b_uu(b'+:&5L'), b.a2b_uu(b'`\n'), b.a2b_uu(b' '))
for n in [1, 2, 3, 44, 45]:
    data = bytes(range(n))
    print(n, b.a2b_uu(b.b2a_uu(data)) == data, b.a2b_uu(b.b2a_uu(data, backtick=True)) == data)

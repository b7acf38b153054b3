import hashlib


def t(f, *a, **k):
    try:
        r = repr(f(*a, **k))
        if ' @ 0x' in r or ' at 0x' in r:
            r = r.split(' 0x')[0].rstrip(' @at') + '>'
        print(r)
    except Exception as e:
        print(type(e).__name__, e)


t(hashlib.md5, 'x'); t(hashlib.md5, 3); t(hashlib.md5().update, 'x'); t(hashlib.md5().update, 3); t(hashlib.md5().update)
t(hashlib.new, 'nope'); t(hashlib.new, 'MD5'); t(hashlib.new, 'sha256', b'x'); t(hashlib.new, 3); t(hashlib.new, 'blake2b', b'x', digest_size=5)
t(hashlib.new, 'sha3_256', b'x')
t(hashlib.blake2b, digest_size=65); t(hashlib.blake2b, digest_size=0); t(hashlib.blake2b, key=b'x'*65); t(hashlib.blake2b, salt=b'x'*17); t(hashlib.blake2b, person=b'x'*17)
t(hashlib.blake2s, digest_size=33); t(hashlib.blake2s, key=b'x'*33); t(hashlib.blake2s, salt=b'x'*9); t(hashlib.blake2s, person=b'x'*9)
t(hashlib.blake2b, 'x'); t(hashlib.blake2b, b'a', b'b'); t(hashlib.blake2b, foo=1)
h = hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p'); print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h), type(h).__module__)
h = hashlib.blake2s(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p'); print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h))
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    h = getattr(hashlib, n)(b'hello'); c = h.copy(); c.update(b' world')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest(), h.digest()[:4], type(h).__name__, type(h).__module__, getattr(hashlib, n))
print(sorted(hashlib.algorithms_guaranteed), hashlib.__all__)
print(type(hashlib.md5()).__qualname__, type(hashlib.shake_128()).__name__)
t(lambda: type(hashlib.md5())())
t(hashlib.shake_128(b'x').hexdigest, 5)
t(hashlib.md5, b'a', usedforsecurity=False)
print(hashlib.md5(b'a', usedforsecurity=False).hexdigest())
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 0)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1, 0)
t(hashlib.pbkdf2_hmac, 'sha999', b'pw', b'salt', 1)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 2, 40)
t(hashlib.pbkdf2_hmac, 'md5', b'pw'*50, b'salt', 3)
t(hashlib.pbkdf2_hmac, 'sha512', bytearray(b'pw'), memoryview(b'salt'), 2)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1.5)
t(hashlib.new, 'Blake2b')
print(hashlib.new('SHA256', b'x').hexdigest(), hashlib.new('blake2s', b'x', digest_size=4).hexdigest(), hashlib.new('md5', data=b'x').hexdigest() if False else '')
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha1').hexdigest(), hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
t(hashlib.file_digest, 3, 'md5')
h = hashlib.sha256()
for i in range(100): h.update(bytes([i]) * i)
print(h.hexdigest(), h.digest().hex() == h.hexdigest())
h = hashlib.md5(memoryview(b'mv')); h.update(bytearray(b'ba')); print(h.hexdigest())
x = hashlib.shake_256(b'abc'); y = x.copy(); y.update(b'd'); print(x.hexdigest(10), y.digest(3), x.digest_size, x.name)
t(x.hexdigest); t(x.digest, -1)
print(hashlib.blake2b(b'', key=b'key').hexdigest(), hashlib.blake2s(key=b'k' * 32).hexdigest())
print(hashlib.blake2b(b'x' * 300, key=b'key', digest_size=33).hexdigest())
print(hashlib.blake2b(b'x' * 128, key=b'key').hexdigest(), hashlib.blake2b(b'x' * 128).hexdigest())
print(hashlib.sha1(b'x' * 1000).hexdigest(), hashlib.sha384(b'').hexdigest())
try:
    class B(hashlib.blake2b):
        pass
except TypeError:
    print("blake2b is final")

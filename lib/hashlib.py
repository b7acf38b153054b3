"""Secure hashes and message digests: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and
BLAKE2, through named constructors or new(name).

Krait's own module; the hash objects come from the native _hashlib and _blake2 modules.
"""

import _hashlib
import _blake2

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

_BY_EXACT_NAME = {name: globals()[name] for name in __always_supported}


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name not in ('blake2b', 'blake2s'):
        try:
            return _hashlib.new(name, data, **kwargs)
        except ValueError:
            pass
    ctor = _BY_EXACT_NAME.get(name)
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


new = __hash_new


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    from operator import index
    iterations = index(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    try:
        probe = new(hash_name)
    except ValueError:
        raise ValueError("[digital envelope routines] unsupported") from None
    if dklen is None:
        dklen = probe.digest_size
    dklen = index(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")

    block = probe.block_size
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password.ljust(block, b'\0')
    inner = new(hash_name, bytes(b ^ 0x36 for b in password))
    outer = new(hash_name, bytes(b ^ 0x5C for b in password))

    def prf(message):
        i = inner.copy()
        o = outer.copy()
        i.update(message)
        o.update(i.digest())
        return o.digest()

    key = bytearray()
    counter = 1
    while len(key) < dklen:
        u = prf(salt + counter.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        key += acc.to_bytes(len(u), 'big')
        counter += 1
    return bytes(key[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object with the named or given digest."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        hasher.update(fileobj.getbuffer())
        return hasher
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        n = fileobj.readinto(buf)
        if not n:
            break
        hasher.update(view[:n])
    return hasher

"""Base16, Base32, Base64, Ascii85 and Base85 encodings of binary data.

Krait's own implementation; the Base64 core is the native binascii module.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _as_input_bytes(s):
    # Decoders take ASCII str as well as any bytes-like object.
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _flat_bytes(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Encode bytes-like s with Base64; altchars replaces '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b"+/", altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; with validate, reject characters outside the alphabet."""
    data = _as_input_bytes(s)
    if altchars is not None:
        alt = _as_input_bytes(altchars)
        assert len(alt) == 2, repr(alt)
        data = data.translate(bytes.maketrans(alt, b"+/"))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode with the standard Base64 alphabet."""
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Encode with the URL- and filename-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decode data in the URL- and filename-safe alphabet."""
    return b64decode(_as_input_bytes(s).translate(_FROM_URLSAFE))


# ---------------------------------------------------------------- Base32

_B32_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Number of '=' that end a final quantum, by count of leftover input bytes.
_B32_PAD_FOR_REST = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# Bytes kept from a final quantum, by count of trailing '='.
_B32_KEEP_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}
_b32_reverse = {}


def _b32_encode_with(alphabet, s):
    data = _flat_bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        chunk = data[start:start + 5]
        rest = len(chunk)
        word = int.from_bytes(chunk + bytes(5 - rest), "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(word >> shift) & 31])
        pad = _B32_PAD_FOR_REST[rest % 5]
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def _b32_decode_with(alphabet, s, casefold=False, map01=None):
    table = _b32_reverse.get(alphabet)
    if table is None:
        table = {c: i for i, c in enumerate(alphabet)}
        _b32_reverse[alphabet] = table
    data = _as_input_bytes(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        m = _as_input_bytes(map01)
        assert len(m) == 1, repr(m)
        data = data.translate(bytes.maketrans(b"01", b"O" + m))
    if casefold:
        data = data.upper()
    body = data.rstrip(b"=")
    npad = len(data) - len(body)
    out = bytearray()
    for start in range(0, len(body), 8):
        word = 0
        for c in body[start:start + 8]:
            digit = table.get(c)
            if digit is None:
                raise binascii.Error("Non-base32 digit found")
            word = (word << 5) | digit
        word <<= 5 * (8 - len(body[start:start + 8]))
        out += word.to_bytes(5, "big")
    if npad and out:
        keep = _B32_KEEP_FOR_PAD.get(npad)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + keep:]
    elif npad:
        raise binascii.Error("Incorrect padding")
    return bytes(out)


def b32encode(s):
    """Encode bytes-like s with Base32 (RFC 4648)."""
    return _b32_encode_with(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data; casefold accepts lowercase, map01 maps '0' and '1'."""
    return _b32_decode_with(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode bytes-like s with the Extended Hex Base32 alphabet."""
    return _b32_encode_with(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Extended Hex Base32 data."""
    return _b32_decode_with(_B32_HEX, s, casefold)


# ---------------------------------------------------------------- Base16

def b16encode(s):
    """Encode bytes-like s with Base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lowercase digits."""
    data = _as_input_bytes(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


# ---------------------------------------------------------------- Ascii85 / Base85

_A85_PREFIX = b"<~"
_A85_SUFFIX = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def _words_85(data, alphabet, pad, zero_char, space_char):
    """Encode data in groups of four bytes as five base-85 digits each."""
    rest = len(data) % 4
    padding = (4 - rest) % 4
    if padding:
        data = data + bytes(padding)
    groups = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], "big")
        if zero_char is not None and word == 0:
            groups.append(zero_char)
        elif space_char is not None and word == 0x20202020:
            groups.append(space_char)
        else:
            digits = bytearray(5)
            for i in range(4, -1, -1):
                word, d = divmod(word, 85)
                digits[i] = alphabet[d]
            groups.append(bytes(digits))
    if padding and not pad:
        last = groups[-1]
        if len(last) == 1:
            last = bytes([alphabet[0]]) * 5
        groups[-1] = last[:5 - padding]
    return b"".join(groups)


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like b with Ascii85."""
    data = _flat_bytes(b)
    text = _words_85(data, _A85_ALPHABET, pad, b"z",
                     b"y" if foldspaces else None)
    if adobe:
        text = _A85_PREFIX + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        text = b"\n".join(lines)
    if adobe:
        text += _A85_SUFFIX
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85 data."""
    data = _as_input_bytes(b)
    if adobe:
        if not data.endswith(_A85_SUFFIX):
            raise ValueError("Ascii85 encoded byte sequences must end "
                             "with {!r}".format(_A85_SUFFIX))
        if data.startswith(_A85_PREFIX):
            data = data[2:-2]
        else:
            data = data[:-2]
    out = bytearray()
    group = []

    def flush(digits):
        word = 0
        for d in digits:
            word = word * 85 + d
        if word > 0xFFFFFFFF:
            raise ValueError("Ascii85 overflow")
        out.extend(word.to_bytes(4, "big"))

    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                flush(group)
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.extend(b"\0\0\0\0")
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.extend(b"    ")
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        missing = 5 - len(group)
        flush(group + [84] * missing)
        del out[len(out) - missing:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like b with the Base85 alphabet used by git."""
    return _words_85(_flat_bytes(b), _B85_ALPHABET, pad, None, None)


def b85decode(b):
    """Decode Base85 data."""
    global _b85_values
    if _b85_values is None:
        _b85_values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    data = _as_input_bytes(b)
    missing = -len(data) % 5
    data = data + b"~" * missing
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, c in enumerate(data[start:start + 5]):
            value = _b85_values.get(c)
            if value is None:
                raise ValueError("bad base85 character at position %d"
                                 % (start + offset))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d"
                             % start)
        out.extend(word.to_bytes(4, "big"))
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# ---------------------------------------------------------------- MIME-style lines

def _check_byte_buffer(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s"
                        % s.__class__.__name__) from err
    if view.format not in ("c", "b", "B"):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode s as Base64 lines of at most 76 characters, each ending in a newline."""
    _check_byte_buffer(s)
    data = _flat_bytes(s)
    return b"".join(binascii.b2a_base64(data[i:i + MAXBINSIZE])
                    for i in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """Decode Base64 lines such as encodebytes produces."""
    _check_byte_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Read binary file input and write its Base64 lines to binary file output."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Read Base64 lines from binary file input and write the data to output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))


def test():
    plain = b"Aladdin:open sesame"
    coded = encodebytes(plain)
    print(repr(plain))
    print(repr(coded))
    print(repr(decodebytes(coded)))


def main():
    """Command line: [-h|-d|-e|-u|-t] [file|-]; encodes by default."""
    import sys
    usage = ("usage: %s [-h|-d|-e|-u|-t] [file|-]\n"
             "        -h: print this help message and exit\n"
             "        -d, -u: decode\n"
             "        -e: encode (default)\n"
             "        -t: encode and decode string 'Aladdin:open sesame'" % sys.argv[0])
    argv = sys.argv[1:]
    flags = []
    while argv and argv[0].startswith("-") and argv[0] != "-":
        word = argv.pop(0)
        if word == "--":
            break
        if word.startswith("--"):
            bad = "option %s not recognized" % word
        else:
            bad = None
            for letter in word[1:]:
                if letter not in "hdeut":
                    bad = "option -%s not recognized" % letter
                    break
                flags.append(letter)
        if bad:
            # CPython leaves stdout pointing at stderr after a usage error.
            sys.stdout = sys.stderr
            print(bad)
            print(usage)
            sys.exit(2)
    action = encode
    for letter in flags:
        if letter == "t":
            test()
            return
        if letter == "h":
            print(usage)
            return
        action = encode if letter == "e" else decode
    if argv and argv[0] != "-":
        with open(argv[0], "rb") as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()

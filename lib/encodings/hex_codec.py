"""Python 'hex_codec' codec: bytes to their hexadecimal digits and back (a bytes-to-bytes
codec, so not usable with str.encode/bytes.decode) (written for Krait)."""

import binascii
import codecs


def _only_strict(errors):
    # Bytes-to-bytes conversions have no error handling to choose.
    assert errors == 'strict'


def hex_encode(input, errors='strict'):
    _only_strict(errors)
    return binascii.hexlify(input), len(input)


def hex_decode(input, errors='strict'):
    _only_strict(errors)
    return binascii.unhexlify(input), len(input)


class Codec(codecs.Codec):
    encode = staticmethod(hex_encode)
    decode = staticmethod(hex_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return hex_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return hex_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(hex_encode, hex_decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'hex',
                            _is_text_encoding=False)

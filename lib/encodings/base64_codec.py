"""Python 'base64_codec' codec: bytes to MIME base64 lines and back (a bytes-to-bytes
codec) (written for Krait)."""

import base64
import codecs


def _only_strict(errors):
    # Bytes-to-bytes conversions have no error handling to choose.
    assert errors == 'strict'


def base64_encode(input, errors='strict'):
    _only_strict(errors)
    return base64.encodebytes(input), len(input)


def base64_decode(input, errors='strict'):
    _only_strict(errors)
    return base64.decodebytes(input), len(input)


class Codec(codecs.Codec):
    encode = staticmethod(base64_encode)
    decode = staticmethod(base64_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return base64_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return base64_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(base64_encode, base64_decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'base64',
                            _is_text_encoding=False)

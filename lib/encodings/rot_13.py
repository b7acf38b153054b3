"""Python 'rot_13' codec: the Caesar cipher rotating ASCII letters by 13 (a str-to-str
codec) (written for Krait)."""

import codecs

_lower = 'abcdefghijklmnopqrstuvwxyz'
_upper = _lower.upper()
rot13_map = str.maketrans(_lower + _upper,
                          _lower[13:] + _lower[:13] + _upper[13:] + _upper[:13])


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (str.translate(input, rot13_map), len(input))

    def decode(self, input, errors='strict'):
        return (str.translate(input, rot13_map), len(input))


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return str.translate(input, rot13_map)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return str.translate(input, rot13_map)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(Codec().encode, Codec().decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'rot-13',
                            _is_text_encoding=False)


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))

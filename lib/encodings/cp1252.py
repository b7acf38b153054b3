"""Python 'cp1252' codec (Windows Latin-1), a charmap codec (written for Krait)."""

import codecs

# Byte -> character; U+FFFE marks the five undefined bytes. Latin-1 except 0x80..0x9f.
decoding_table = (
    ''.join(map(chr, range(0x80)))
    + '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021'
    + '\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
    + '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
    + '\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178'
    + ''.join(map(chr, range(0xa0, 0x100)))
)

encoding_table = codecs.charmap_build(decoding_table)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_table)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(Codec().encode, Codec().decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'cp1252')

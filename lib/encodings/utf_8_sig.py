"""Python 'utf-8-sig' codec: UTF-8 with a BOM written at the start and skipped when
reading (written for Krait)."""

import codecs


def encode(input, errors='strict'):
    return (codecs.BOM_UTF8 + codecs.utf_8_encode(input, errors)[0], len(input))


def decode(input, errors='strict'):
    skip = 3 if input[:3] == codecs.BOM_UTF8 else 0
    text, used = codecs.utf_8_decode(input[skip:], errors, True)
    return (text, used + skip)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        out = codecs.utf_8_encode(input, self.errors)[0]
        if self.first:
            self.first = 0
            out = codecs.BOM_UTF8 + out
        return out

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if not self.first:
            return codecs.utf_8_decode(input, errors, final)
        if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
            # Maybe the start of a BOM: wait for more.
            return ("", 0)
        self.first = 0
        skip = 3 if input[:3] == codecs.BOM_UTF8 else 0
        text, used = codecs.utf_8_decode(input[skip:], errors, final)
        return (text, used + skip)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        buffered, _ = codecs.BufferedIncrementalDecoder.getstate(self)
        return (buffered, self.first)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        self.__dict__.pop('encode', None)

    def encode(self, input, errors='strict'):
        # Only the first write carries the BOM.
        self.encode = codecs.utf_8_encode
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        if len(input) < 3 and codecs.BOM_UTF8.startswith(input):
            return ("", 0)
        self.decode = codecs.utf_8_decode
        skip = 3 if input[:3] == codecs.BOM_UTF8 else 0
        text, used = codecs.utf_8_decode(input[skip:], errors)
        return (text, used + skip)


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'utf-8-sig')

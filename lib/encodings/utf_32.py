"""Python 'utf-32' codec: 32-bit units in the order a BOM gives (written by the
encoder, read by the decoder) (written for Krait)."""

import codecs
import sys

encode = codecs.utf_32_encode


def decode(input, errors='strict'):
    return codecs.utf_32_decode(input, errors, True)


def _native_encoder():
    return codecs.utf_32_le_encode if sys.byteorder == 'little' else codecs.utf_32_be_encode


def _decoder_for(byteorder):
    return {-1: codecs.utf_32_le_decode, 1: codecs.utf_32_be_decode}.get(byteorder)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def encode(self, input, final=False):
        if self.encoder is not None:
            return self.encoder(input, self.errors)[0]
        self.encoder = _native_encoder()
        return codecs.utf_32_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: the BOM is still to be written; 0: it was.
        return 2 if self.encoder is None else 0

    def setstate(self, state):
        self.encoder = None if state else _native_encoder()


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is not None:
            return self.decoder(input, self.errors, final)
        text, used, byteorder = codecs.utf_32_ex_decode(input, errors, 0, final)
        self.decoder = _decoder_for(byteorder)
        if self.decoder is None and used >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (text, used)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (state, 2)
        # Say which order was read, in the terms of the native one.
        little = self.decoder is codecs.utf_32_le_decode
        return (state, int(little != (sys.byteorder == 'little')))

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        flag = state[1]
        if flag == 2:
            self.decoder = None
        elif (flag == 0) == (sys.byteorder == 'little'):
            self.decoder = codecs.utf_32_le_decode
        else:
            self.decoder = codecs.utf_32_be_decode


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is not None:
            return self.encoder(input, errors)
        self.encoder = _native_encoder()
        return codecs.utf_32_encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        text, used, byteorder = codecs.utf_32_ex_decode(input, errors, 0, False)
        chosen = _decoder_for(byteorder)
        if chosen is not None:
            self.decode = chosen
        elif used >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (text, used)


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder, 'utf-32')

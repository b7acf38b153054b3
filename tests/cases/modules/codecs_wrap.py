# The bytes-to-bytes and str-to-str codecs (rot13, hex, base64) through codecs.encode and
# decode, and which exceptions raised inside a codec CPython 3.11 wraps in
# "encoding with 'X' codec failed (...)".
import codecs
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for n in ['rot13', 'rot_13', 'ROT-13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec']:
    i = codecs.lookup(n); print(n, i.name, i._is_text_encoding)
show(lambda: codecs.encode('Hello, World!', 'rot13'))
show(lambda: codecs.decode('Uryyb', 'rot_13'))
show(lambda: codecs.encode(b'\x00\xffab', 'hex'))
show(lambda: codecs.decode(b'00ff6162', 'hex'))
show(lambda: codecs.decode('00ff', 'hex'))
show(lambda: codecs.decode(b'0', 'hex'))
show(lambda: codecs.encode(b'hello world' * 8, 'base64'))
show(lambda: codecs.decode(b'aGVsbG8=\n', 'base64'))
show(lambda: codecs.decode(b'aGVsbG8', 'base64'))
show(lambda: 'abc'.encode('rot13'))
show(lambda: b'abc'.decode('hex'))
show(lambda: 'abc'.encode('base64'))
show(lambda: list(codecs.iterencode(['ab', 'c'], 'rot13')))
show(lambda: codecs.getincrementaldecoder('hex')().decode(b'6162'))
show(lambda: codecs.encode(b'ab', 'hex', 'ignore'))


class Plain(ValueError):
    pass


class WithInit(ValueError):
    def __init__(self, *args):
        super().__init__(*args)


class WithSlots(ValueError):
    __slots__ = ('x',)


def raising(make):
    def handler(exc):
        raise make()
    return handler


def with_attr():
    e = ValueError('v')
    e.note = 1
    return e


for make in [lambda: Plain('boom'), lambda: WithInit('boom'), lambda: WithSlots('boom'),
             with_attr, lambda: ValueError(), lambda: ValueError('a', 'b'),
             lambda: ValueError(3), lambda: KeyError('k'), lambda: OSError(2, 'no'),
             lambda: AttributeError('attr'), lambda: RuntimeError('rt'),
             lambda: UnicodeError('u')]:
    codecs.register_error('test.raise', raising(make))
    for enc in ['cp1252', 'latin-1', 'Latin 1']:
        try:
            '\u0100'.encode(enc, 'test.raise')
        except Exception as e:
            print(enc, type(e).__name__, str(e), type(e.__cause__).__name__,
                  e.__suppress_context__)

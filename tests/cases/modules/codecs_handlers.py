# Error handlers: the built-in handler functions called directly, custom handlers
# registered with codecs.register_error (replacement strs and bytes, new positions,
# bad return values), and lookup_error.
import codecs

print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('namereplace') is codecs.namereplace_errors)
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, codecs.lookup_error(name).__name__)

enc_exc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\x00z', 1, 5, 'no')
dec_exc = UnicodeDecodeError('utf-8', b'a\xff\xfe\x80z', 1, 4, 'bad')
tr_exc = UnicodeTranslateError('a\xe9\u20acz', 1, 3, 'nope')
for f in [codecs.strict_errors, codecs.ignore_errors, codecs.replace_errors,
          codecs.xmlcharrefreplace_errors, codecs.backslashreplace_errors,
          codecs.namereplace_errors,
          codecs.lookup_error('surrogatepass')]:
    for exc in [enc_exc, dec_exc, tr_exc, ValueError('v'), 'not an exception']:
        try:
            print(f.__name__, type(exc).__name__, repr(f(exc)))
        except Exception as e:
            print(f.__name__, type(exc).__name__, 'raised', type(e).__name__, e)
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', '\u2603\x7f\u00e9\ue000', 0, 4, 'r')))
print(codecs.surrogateescape(UnicodeDecodeError('x', b'\x80\x81\x82\x83\x84\x85', 0, 6, 'r'))
      if hasattr(codecs, 'surrogateescape') else 'no attribute')
try:
    codecs.strict_errors()
except TypeError as e:
    print(e)

log = []


def recorder(result):
    def handler(exc):
        log.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
        return result(exc)
    return handler


codecs.register_error('test.star', recorder(lambda e: ('*' * (e.end - e.start), e.end)))
codecs.register_error('test.bytes', recorder(lambda e: (b'<%d>' % e.start, e.end)))
codecs.register_error('test.skip1', recorder(lambda e: ('', e.start + 1)))
codecs.register_error('test.back', recorder(lambda e: ('#', -1) if e.end < len(e.object) else ('$', e.end)))
codecs.register_error('test.list', recorder(lambda e: ['x', e.end]))
codecs.register_error('test.short', recorder(lambda e: ('x',)))
codecs.register_error('test.intrep', recorder(lambda e: (1, e.end)))
codecs.register_error('test.strpos', recorder(lambda e: ('x', 'y')))
codecs.register_error('test.far', recorder(lambda e: ('x', 99)))
codecs.register_error('test.neg', recorder(lambda e: ('x', -99)))
codecs.register_error('test.nonascii', recorder(lambda e: ('\xe9', e.end)))
codecs.register_error('test.raise', recorder(lambda e: 1 / 0))
codecs.register_error('test.value', recorder(lambda e: (_ for _ in ()).throw(ValueError('custom'))))

for handler in ['test.star', 'test.bytes', 'test.skip1', 'test.back', 'test.list', 'test.short',
                'test.intrep', 'test.strpos', 'test.far', 'test.neg', 'test.nonascii',
                'test.raise', 'test.value', 'namereplace']:
    for enc in ['ascii', 'latin-1', 'cp1252', 'l1']:
        log.clear()
        try:
            r = 'a\xe9\u20ac\u20acb\u0100'.encode(enc, handler)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print('E', handler, enc, r, log)
    for enc in ['utf-8', 'ascii', 'utf-16-le', 'utf-16', 'cp1252', 'U8']:
        log.clear()
        try:
            r = b'a\x81\xffbc\x8d'.decode(enc, handler)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
            if e.__cause__ is not None:
                r += ' [cause %s]' % type(e.__cause__).__name__
        print('D', handler, enc, repr(r), log)

# Re-registering replaces; names are case sensitive; bad registrations.
codecs.register_error('test.star', lambda e: ('!', e.end))
print('\u20ac'.encode('ascii', 'test.star'))
for args in [('x', 1), (1, print), ('x',)]:
    try:
        codecs.register_error(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for name in ['STRICT', 'test.missing', '']:
    try:
        codecs.lookup_error(name)
    except LookupError as e:
        print(type(e).__name__, e)

# The handler sees the whole input and the exception object has its args.
def inspect(exc):
    print('  args', exc.args, str(exc))
    return ('?', exc.end)

codecs.register_error('test.inspect', inspect)
print(b'x\xc3(y'.decode('utf-8', 'test.inspect'))
print('x\u0394y'.encode('latin-1', 'test.inspect'))

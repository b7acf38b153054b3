# Character names: \N{...} in unicode_escape (case-insensitive, aliases, algorithmic names)
# and the namereplace error handler.
import codecs
for n in [b'\\N{euro sign}', b'\\N{EURO SIGN}', b'\\N{LATIN CAPITAL LETTER GHA}', b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\N{HANGUL SYLLABLE GA}', b'\\N{SPACE}', b'\\N{NULL}', b'\\N{LINE FEED}', b'\\N{BYTE ORDER MARK}']:
    try: print(n, ascii(n.decode('unicode_escape')))
    except Exception as e: print(n, e)
print('\x00\x7f\x80\ue000\U000e0001\u2603\ufdd0'.encode('ascii', 'namereplace'))

# The regular expressions and tables json.decoder/encoder/scanner expose, as CPython has them.
import json.decoder, json.encoder, json.scanner
for mod in (json.decoder, json.encoder, json.scanner):
    for n in sorted(dir(mod)):
        if n.isupper():
            print(mod.__name__, n, repr(getattr(mod, n)))
print(json.decoder.WHITESPACE.match('  \n x').end(), json.scanner.NUMBER_RE.match('-12.5e3x').groups())
print(json.encoder.ESCAPE.sub('?', 'a"b\\c\n'), json.encoder.ESCAPE_ASCII.findall('aé"\\'), json.encoder.HAS_UTF8.search(b'ab\xc3'))
print(json.decoder.STRINGCHUNK.match('abc\\ndef"').groups())

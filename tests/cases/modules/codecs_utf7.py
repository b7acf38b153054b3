# UTF-7: encoding, decoding with error handlers, incremental decoding.
import codecs
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '+', '+-', '\x00~\\', '\U0001f600x', 'a-b', '\u20ac-', '\u20acb', '\u20ac ', '', '\u20ac/', 'x\u20ac\u20acy', '\t\r\n!"#$%&*;<=>@[]^_`{|}']:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s)
for b in [b'+AGE-', b'+AGE', b'+AG', b'+AGEA', b'+!', b'+', b'a~b', b'+AGE\xff', b'+2D3cAA-', b'+2D3cAA', b'\xe9', b'+AGEAYQ-', b'+AGF-', b'+AGF', b'a+-b', b'+ZeVnLIqe-', b'+AGE+AGE-']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try: print(b, err, ascii(b.decode('utf-7', err)))
        except Exception as e: print(b, err, type(e).__name__, e, e.start, e.end, repr(e.encoding))
print(codecs.utf_7_decode(b'a+AGE', 'strict', False), codecs.utf_7_decode(b'a+AGEAYQ', 'strict', False), codecs.utf_7_decode(b'a+', 'strict', False), codecs.utf_7_decode(b'a+AGE-b', 'strict', False))
print(codecs.lookup('utf7').name, codecs.lookup('U7').name, codecs.utf_7_encode('a\u20ac'))
text = 'Hello \u20ac world \U0001f600 +plus+ -dash-'
data = text.encode('utf-7')
dec = codecs.getincrementaldecoder('utf-7')()
parts = [dec.decode(data[i:i+1]) for i in range(len(data))] + [dec.decode(b'', True)]
print(parts, ''.join(parts) == text)

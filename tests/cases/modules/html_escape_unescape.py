import html, html.entities as E
import random
r = random.Random(5)
acc = []
for n in list(range(0, 0x400)) + list(range(0xD7F0, 0xE010)) + list(range(0xFDC0, 0xFE00)) + [0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x110000, 10**30]:
    acc.append(html.unescape('&#%d;' % n))
    acc.append(html.unescape('&#x%X' % n))
print(len(''.join(acc)), ''.join(acc).encode('utf-8', 'surrogatepass')[-400:])
import zlib
print(zlib.crc32(''.join(acc).encode('utf-8', 'surrogatepass')))
alpha = ['&', '#', 'x', ';', 'amp', 'lt', 'not', 'it', 'in', 'copy', ' ', 'a', '1', 'F', '\n', 'AElig', 'acE', 'zwnj']
out = []
for i in range(3000):
    s = ''.join(r.choice(alpha) for _ in range(r.randrange(1, 12)))
    out.append(html.unescape(s))
print(zlib.crc32('|'.join(out).encode('utf-8', 'surrogatepass')))
print(html.unescape('&notit; &notin; &amp &ampx &AMP; &#38 &#x26; &# &#x &#xg &' + 'a'*40 + ';'))
print(html.escape('<a href="x">\'&\'</a>'), html.escape('"\'', quote=False))
print(len(E.html5), len(E.name2codepoint), list(E.html5.items())[:5], list(E.codepoint2name.items())[-3:])
print(E.entitydefs['amp'], E.html5['acE;'], E.name2codepoint['hearts'], sorted(E.__all__))
print(zlib.crc32(repr(list(E.html5.items())).encode()), zlib.crc32(repr(list(E.entitydefs.items())).encode()))
print(zlib.crc32(repr(list(E.codepoint2name.items())).encode()))
print([k for k in dir(E) if not k.startswith('__')])
print(html.escape.__module__, html.unescape.__qualname__)
for s in [None, 3]:
    try: html.escape(s)
    except Exception as e: print(type(e).__name__, e)
    try: html.unescape(s)
    except Exception as e: print(type(e).__name__, e)

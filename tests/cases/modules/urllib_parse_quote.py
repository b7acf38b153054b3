from urllib import parse as P
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'a b', 'a/b?c=d&e', 'é€😀', '~_.-', '%41', 'a+b', '\x00\x7f']:
    t(P.quote, s); t(P.quote, s, safe=''); t(P.quote, s, safe='?&=é'); t(P.quote_plus, s); t(P.quote_plus, s, safe='/+')
t(P.quote, 'é', encoding='latin-1'); t(P.quote, 'é€', encoding='latin-1', errors='replace'); t(P.quote, 'é€', encoding='ascii')
t(P.quote, b'a b\xff'); t(P.quote, bytearray(b'a b')); t(P.quote_plus, b'a b', safe=b'/'); t(P.quote_plus, b'a b', safe='/')
t(P.quote_from_bytes, b'a&b', b'&\xff'); t(P.quote_from_bytes, b''); t(P.quote_from_bytes, b'abc')
t(P.quote, b'x', errors='strict'); t(P.quote, None); t(P.quote_plus, 3)
for s in ['', 'abc', '%', '%4', '%41', '%4g', '%%41', 'a%2Bb+c', '%C3%A9', '%C3', '%e2%82%ac', 'é%41é', '%ZZ%41%', '€%20€%20']:
    t(P.unquote, s); t(P.unquote_plus, s); t(P.unquote_to_bytes, s); t(P.unquote, s, encoding='latin-1'); t(P.unquote, s, errors='strict')
t(P.unquote, b'%C3%A9'); t(P.unquote_to_bytes, b'%41%4'); t(P.unquote_to_bytes, bytearray(b'%41')); t(P.unquote, '%41', None, None)
t(P.unquote_plus, b'a+b')
for q in ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&=c&&d=%20+x', 'x=%E9', 'x=%C3%A9', '=', '&', 'a=b=c', 'k+1=v+2']:
    t(P.parse_qsl, q); t(P.parse_qsl, q, keep_blank_values=True); t(P.parse_qs, q, True); t(P.parse_qsl, q, encoding='latin-1')
    t(P.parse_qsl, q, strict_parsing=True); t(P.parse_qsl, q, separator=';')
t(P.parse_qsl, b'a=1&b=%41+'); t(P.parse_qs, b'a=1&a=2'); t(P.parse_qsl, 'a=1&b=2', max_num_fields=1); t(P.parse_qsl, 'a=1&b=2', max_num_fields=2)
t(P.parse_qsl, '', max_num_fields=0); t(P.parse_qsl, 'a', separator=''); t(P.parse_qsl, 'a', separator=None); t(P.parse_qsl, 'a', separator=3)
t(P.parse_qsl, b'a=1;b=2', separator=b';'); t(P.parse_qsl, b'a=1;b=2', separator=';'); t(P.parse_qsl, 'a=1', separator=b';')
t(P.parse_qs, 'a=1&b=2&a=', strict_parsing=True, keep_blank_values=True)
t(P.urlencode, {'a': 1, 'b': 'x y', 'c': 'é&', b'd': b'\xff e', 'e': None, 'f': [1, 2]})
t(P.urlencode, {'a': [1, 'x y', b'z z'], 'b': (), 'c': 'str', 'd': b'by', 'e': 5, 'f': {3: 4}}, doseq=True)
t(P.urlencode, [('a', 1), ('a', 2)]); t(P.urlencode, []); t(P.urlencode, 'abc'); t(P.urlencode, ['ab']); t(P.urlencode, 5)
t(P.urlencode, {'a': '/ ?'}, safe='/'); t(P.urlencode, {'a': '/ ?'}, quote_via=P.quote); t(P.urlencode, {'é': 'é'}, encoding='latin-1')
t(P.urlencode, [('a', 'b')], True, '', None, None, P.quote)
t(P.unwrap, '<URL:http://x/>'); t(P.unwrap, ' <http://x> ');  t(P.unwrap, 'URL: x')

import warnings
from urllib import parse as P
warnings.simplefilter('always')
def t(f, *a, **k):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: r = repr(f(*a, **k))
        except Exception as e: r = '%s %s' % (type(e).__name__, e)
    print(f.__name__, a, r, [(x.category.__name__, str(x.message)) for x in w])
for u in ['http://h/p', 'HTTP:x', 'nocolon', ':x', 'a b:c', '1:x', '']:
    t(P.splittype, u)
for u in ['//h:80/p?q', '//h', 'h/p', '//', '///p', '//h?q', '//u@h#f', '//h\n/p']:
    t(P.splithost, u)
for u in ['u:p@h', 'h', 'a@b@c', '@h']:
    t(P.splituser, u)
for u in ['u:p', 'u', 'u:p:q', ':p']:
    t(P.splitpasswd, u)
for u in ['h:80', 'h', 'h:', 'h:x', '[::1]:80', 'h:80:90', 'h:٣']:
    t(P.splitport, u)
for u, d in [('h:80', -1), ('h', -1), ('h', 5), ('h:', 5), ('h:x', 5), ('h:-1', 5), ('h:٣', 1)]:
    t(P.splitnport, u, d)
for u in ['/p?q', '/p', '/p?q?r', '?']:
    t(P.splitquery, u)
for u in ['/p#f', '/p', '/p#f#g']:
    t(P.splittag, u)
for u in ['/p;a;b=c', '/p', ';']:
    t(P.splitattr, u)
for u in ['a=b', 'a', 'a=b=c']:
    t(P.splitvalue, u)
t(P.to_bytes, 'abc'); t(P.to_bytes, 'é'); t(P.to_bytes, b'x')
t(P.unwrap, '<URL:http://x/>')
print(P.ResultBase, P.SplitResult.__mro__)

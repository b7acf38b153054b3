from urllib import parse as P
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for h in ['::1', '1::', '::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1.2.3.4', 'fe80::1%eth0', 'fe80::1%', 'v1.x', 'v.x', 'vg.x', 'v1.', '12345::', ':1::', '1::2:', 'abcd:0::ffff:1.2.3.256', 'a:b', '::1.2.3', 'g::']:
    t(P.urlsplit, 'http://[%s]:80/p' % h)
t(P.DefragResultBytes(b'a', b'b').geturl)
t(P.DefragResult('a', 'b').geturl)
t(P.DefragResult('a', '').geturl)
t(P.urldefrag, 'http://x/a;b?c#d')
t(P.urldefrag, b'http://x/a;b?c#d')
t(P.urldefrag, 'http://x/a;b?c')
r = P.urlparse('HTTP://User:Pw@[FE80::1%Eth0]:8080/p;q?x=1#f')
print(r, r.hostname, r.port, r.username, r.password, r.geturl())
rb = r.encode(); print(rb, rb.hostname, rb.port, rb.username, rb.password, rb.geturl(), rb.decode())
for nl in ['h:', 'h:0', 'h:65535', 'h:65536', 'h:-1', 'h:x', 'h:١', '@h', 'u@', 'u:@h', ':p@h:', 'a@b@c:7']:
    s = P.urlsplit('//' + nl)
    try: port = s.port
    except ValueError as e: port = 'ValueError: %s' % e
    print(repr(nl), s.username, s.password, s.hostname, port)
print(P.SplitResult[str], type(r).__mro__[1:3], r._fields, P.ParseResult.__module__, P.SplitResult.__qualname__)
print(r._replace(scheme='ftp').geturl(), P.SplitResult('a', 'b', 'c', 'd', 'e').geturl())
base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g', '//[::1]/x', 'mailto:x', 'a//b', './/g']:
    print(repr(ref), P.urljoin(base, ref), P.urljoin(base, ref, allow_fragments=False))
for b, u in [('', 'x'), ('x', ''), ('http://a', 'b'), ('http://a/', '../../x'), ('mailto:a', 'b'), ('file:///a/b', 'c'), ('svn+ssh://h/a/b', '../c'), ('http://a/b/', '//c/d'), (b'http://a/b', b'c'), ('foo/bar', 'baz'), ('/a/b/c', '../../../../d'), ('http://a/b/c', '.'), ('http://a/b/c', '..'), ('a', '/b')]:
    t(P.urljoin, b, u)
t(P.urljoin, 'http://a', b'x')
for u in ['http://www.example.com:80/a/b;c;d?x=1&y=2#frag', 'mailto:joe@x.org', 'tel:+1;ext=2', 'sip:a;b', 'path/only;p', 'file:/etc/passwd', '//net/loc', 'a:b', '1a:b', 'a+b.c-d:x', 'a_b:c', ':x', 'http:/x', 'http:x', 'HTTPS://X', 'http://x#a#b', 'http://x?a?b#c?d', 'x/y;z/w;v', 'http://é.com/', 'data:text/plain,hi', 'ht tp://x', '', 'http://a:b@c:d@e/', 'javascript:alert(1)']:
    p = P.urlparse(u); s = P.urlsplit(u)
    print(p, s, P.urlunparse(p), P.urlunsplit(s), P.urlparse(u, 'ftp', False))
print(P.urlparse(b'http://x/y;p?q#f'), P.urlsplit(b'x', b'ftp'), P.urlunparse((b'http', b'h', b'/p', b'a', b'q', b'')), P.urlunsplit(['', '', 'a', 'b', 'c']))
t(P.urlunsplit, ('http', b'h', '', '', ''))
t(P.urlparse, 'http://x/', scheme=None)
t(P.urlsplit, b'http://x/\xff')

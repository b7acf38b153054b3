# Matching corner cases of the engine: CPython 3.11.2's possessive-repeat input position
# (gh-100061), pos past endpos, template kinds against the subject's kind, long inputs and
# deep backtracking without exhausting the Rust stack.
import re


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# A failed possessive iteration leaves the position where it stopped (3.11.2).
for pat, s in [(r'(?:a(?>b[cd]+e))?+', 'abcdx'), (r'(?:ab[cd]+e)?+', 'abcdx'),
               (r'(?:a(?:x|b[cd]+e))?+', 'abcdx'), (r'(?:a(?:x|bc|bd)e)?+', 'abdx'),
               (r'(?:ab[cd]*?e)?+', 'abcdx'), (r'(?:ab(?=cd)e)?+', 'abcdx'),
               (r'(?:a(b)*e)?+', 'abbx'), (r'(?:a(?:b|c)*e)?+', 'abcx'),
               (r'(?:a(?:b|c)*?e)?+', 'abcx'), (r'(?:a(?:bc)++e)?+', 'abcbcx'),
               ('(?:ab?c)*+', 'a'), ('ı?(?:[^\\d]{1,3}İ{3,})?+', 'abc')]:
    m = re.match(pat, s)
    print(pat, s, m and m.span(), re.fullmatch(pat, s) and True)

# pos beyond endpos
for pat in ['', 'x*', '(?<=b)', '$', '\\b', 'a|']:
    c = re.compile(pat)
    t(pat + ' match', lambda: c.match('abc', 2, 1))
    t(pat + ' search', lambda: c.search('abc', 2, 1))
    t(pat + ' fullmatch', lambda: c.fullmatch('abc', 2, 1))
    t(pat + ' findall', lambda: c.findall('abc', 3, 0))
    t(pat + ' finditer', lambda: [m.span() for m in c.finditer('abc', 5, 1)])
m = re.compile('').match('abc', 2, 1)
print(m.pos, m.endpos, m.span())

# Replacement templates of the other kind fail when joined, as in CPython.
t('b1', lambda: re.sub(b'a', '<>', b'xyz'))
t('b2', lambda: re.sub(b'a', '<>', b'xabc'))
t('b3', lambda: re.sub(b'a', 'x\\n', b'abc'))
t('b4', lambda: re.sub(b'a', 'x\\1', b'abc'))
t('b5', lambda: re.sub('a', b'x\\n', 'xyz'))
t('b6', lambda: re.sub('a', 5, 'abc'))
t('b7', lambda: re.sub('a', bytearray(b'x'), 'abc'))
t('b8', lambda: re.sub(b'a', memoryview(b'x\\n'), b'abc'))
t('b9', lambda: re.match('(a)', 'a').expand(b'\\1x'))
t('b10', lambda: re.match('(a)', 'a').expand(b'\\1'))
t('b11', lambda: re.sub('(a)', lambda m: 3, 'abc'))
t('b12', lambda: re.subn(b'(a)', lambda m: None, b'abca'))

# Long inputs and deep backtracking: no Rust stack overflow.
n = 200000
print(re.match('(a)*', 'a' * n).span(), re.match('(?:a|b)*c', 'ab' * n + 'c').span())
print(re.match('(?:(a)|b)*?c', 'ab' * 50000 + 'c').span(), re.search('(a+)+b', 'a' * 24 + 'b').span())
print(len(re.findall('(?:x|y)+?', 'xy' * 50000)), re.fullmatch('((((a)*)*)*)*', 'a' * 1000).span())
print(re.match('(?>a*)*b', 'a' * 30), re.match('(a*)*b', 'a' * 15))
print(re.sub('(?<=a)(?=b)', '-', 'ab' * 5), re.split('(?=[A-Z])', 'HelloBigWorld'))
print(re.match(r'(?:(\w)\1)+', 'aabbccd').groups(), re.match(r'(a)|b', 'b').lastindex)
print(re.match(r'(?i)[a-zß]+', 'HELLOẞ straße'), re.findall(r'(?i)\u0130', 'İi̇I'))
print(re.findall(r'[\w\-.]+', 'ab-c.d é日本 x_y'), re.findall(rb'[\w]+', b'ab \xe9 c_d'))

# Iterating over a long non-ASCII subject decodes it once (this was quadratic).
s = "日本語 テキスト 123 " * 20000
print(sum(len(m.group()) for m in re.finditer(r'\w+', s)),
      len(re.sub(r'\w+', lambda m: m.group()[::-1], s)), len(re.findall(r'\d+', s)))

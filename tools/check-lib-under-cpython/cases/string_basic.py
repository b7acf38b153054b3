import string
from string import Template, Formatter
print(string.whitespace, string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.printable), sorted(string.__all__))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
T = Template('$who likes $what, ${who}x costs $$5 $')
t(lambda: T.substitute(who='tim', what='kung pao')); t(lambda: T.safe_substitute(who='tim')); t(lambda: Template('$who $x').substitute(who=1))
t(lambda: Template('a\nb $ c').substitute()); t(lambda: Template('${bad id}').substitute()); t(lambda: Template('$1').safe_substitute())
t(lambda: Template('$a $b').substitute({'a': 1}, b=2)); t(lambda: Template('$a').substitute({'a': 1}, a=3)); t(lambda: Template('${a}bc$_x9 $Ab').substitute(a=1, _x9=2, Ab=3))
print(Template('$a ${b} $a $$ $c').get_identifiers(), Template('$a').is_valid(), Template('$').is_valid(), Template.delimiter, Template.idpattern, Template.flags)
class AtT(Template):
    delimiter = '@'
t(lambda: AtT('@x and $y @@ @{z}').substitute(x=1, z=3))
print(T.template, Template.pattern.pattern.count('escaped'))
t(lambda: Template('$é').substitute())
f = Formatter()
for fs, a, k in [('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{x:>5}|{y!r}', (), {'x': 3, 'y': 'q'}), ('{0[1]} {0[a]}', ({1: 'one', 'a': 'A'},), {}), ('{a.real:{w}}', (), {'a': 3, 'w': 4}), ('{:{}}', ('x', 5), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{!x}', (1,), {}), ('{:{:{:{}}}}', (1, 2, 3, 4), {}), ('a{{b}}c', (), {}), ('{0!a}', ('é',), {}), ('{0.imag!s:^7}', (5,), {}), ('{x[0]}', (), {'x': [7]}), ('{2}', (1,), {}), ('{q}', (), {})]:
    t(lambda: f.format(fs, *a, **k))
for s in ['a{{b', 'a}}b', 'x}y', 'a{', '{0[a:b]}', '{0!r:>5}', '{!r}', '{a!}', '{a!rx}', '{a!r', '{a:{b}}', '{a:{b}', '{}', '', 'plain', '{{}}', '{a.b[c]:x}', '{0[}', '}', '{', '{:}', '{a!r:}', '{a[}]}', 'ab{c}de{f:g}h', '{a{b}c}', '{!}', '{a:}}', '{abc', '{a:b', '{a[b', '{a!', '{a!}x', '{a[:]}', '{a:[}', '{a!r!s}', '{a!:x}', '{a:{b:{c}}}', '{a]b}', 'x{a:}}}', '{a:{{}}}', '{a{}', '{[}', '{a[{]}', '{a:b{c}d}']:
    t(lambda: list(f.parse(s)))
class F2(Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % (key,)) if isinstance(key, str) else args[key]
print(F2().format('{a} {b} {0}', 9, a=1))
for s in ['a.b', 'a[0]', 'a[x].y[1]', 'a.', 'a[', 'a[0]x', '.a', '[0]', '01', 'a[-1]']:
    t(lambda: f.get_field(s, [[5, 6]], {'a': {0: 'z', 'x': type('O', (), {'y': [0, 'Y']}), '-1': 'neg'}, '': 0}))

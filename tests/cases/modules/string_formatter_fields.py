# string.Formatter: parse/get_field/convert_field/format_field, nested specs, auto-numbering errors, hooks.
import string

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

F = string.Formatter()
cases = ["{}", "{0}{1}", "{}{}{}", "{0}{}", "{}{0}", "{:{}}", "{0:{}}", "{:{1}}", "{a}{}", "{}{a}",
         "{0[0]}", "{0[x]}", "{0[1][0]}", "{0.real}", "{0.imag.real}", "{0!r:>10}", "{!r}", "{!s:5}",
         "{0:{1}{2}}", "{0:{1:{2}}}", "{0:{1:{2:{3}}}}", "{", "}", "{{", "}}", "a{{b}}c", "{0!}", "{0!rr}",
         "{0!x}", "{0:}", "{0[}", "{0]}", "{0.}", "{.a}", "{[0]}", "{0[0]x}", "{0 }", "{-1}", "{00}", "{ 0}",
         "{0:{}>{}}", "{0!r:{}}", "x{0}y{1}z", "{!a}", "{0!a:}", "{:}", "{0:%}", "{0:d}", "{10}",
         "{0[ab cd]}", "{0[-1]}", "{0.__class__.__name__}", "{k}", "{k[0]}", "{k.x}", "{:{:}}",
         "}{", "{}}", "{{}", "{0}}", "{:x{}y}", "{0:{{}}}", "{0[{}]}", "{0:{a}}", "{a:{}}"]
for c in cases:
    for args in [(3.5, 12, 'ab'), ([1, [2]], '>', 8, 'x'), ({'x': 1, 'ab cd': 2, 0: 'z'},)]:
        show(lambda: F.format(c, *args, a=5, k={'x': 1, 0: 4}))
        show(lambda: format(c) if False else c.format(*args, a=5, k={'x': 1, 0: 4}))
    show(lambda: list(F.parse(c)))
for name in ["a", "a.b", "a[0]", "a[0].b[c]", "0", "0.real", "", "1[x][y]", "a.b.c", "a..b", "a[", "a]", "[0]", ".x", "a[0]x"]:
    show(lambda: F.get_field(name, (10, 20), {'a': type('A', (), {'b': 5, '__repr__': lambda s: 'A()', '__getitem__': lambda s, k: ('item', k)})()}))
show(lambda: F.get_value(3, (1,), {}))
show(lambda: F.get_value('q', (1,), {}))
show(lambda: F.convert_field(1, 'x'))
show(lambda: F.convert_field('é', 'a'))
show(lambda: F.convert_field('é', 'r'))
show(lambda: F.convert_field(5, 's'))
show(lambda: F.convert_field(5, ''))
show(lambda: F.format_field(5, 'x'))
show(lambda: F.format_field(5, 'q'))
show(lambda: F.format())
show(lambda: F.format(1))
show(lambda: F.vformat("{0}", [7], {}))
show(lambda: F.vformat("{0}", (), {}))
show(lambda: F.vformat(5, (), {}))
show(lambda: list(F.parse(5)))
show(lambda: type(F.parse("a")).__name__)
show(lambda: F.format("{self} {format_string}", self=1, format_string=2))

class Unused(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        u = set(range(len(args))) | set(kwargs)
        extra = u - used_args
        if extra:
            raise ValueError('unused %r' % sorted(map(str, extra)))
show(lambda: Unused().format("{0}{a}", 1, 2, a=1, b=2))
show(lambda: Unused().format("{0}{1}{a}{b}", 1, 2, a=1, b=2))
show(lambda: Unused().format("{}{a.real}", 1, a=1))

class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def get_field(self, field_name, args, kwargs):
        print('get_field', repr(field_name))
        return super().get_field(field_name, args, kwargs)
    def parse(self, s):
        r = list(super().parse(s))
        print('parse', r)
        return r
show(lambda: Conv().format("{0!u} and {x!r:>{w}}", 'abc', x='q', w=6))

class Rec(string.Formatter):
    pass
show(lambda: Rec().vformat("{0:{1:{2:{3:{4}}}}}", (1, 2, 3, 4, 5), {}))
show(lambda: Rec()._vformat("{0}", (1,), {}, set(), 2) if hasattr(Rec, '_vformat') else 'no')

# string: nested format specs, parse corner cases, Template delimiters and custom patterns.
import string

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
F = string.Formatter()
show(lambda: F.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4))
show(lambda: F.format("{0:{1:{2}}}", 1, 2, 3))
show(lambda: F.format("{:{}{}}", "x", ">", 5))
show(lambda: F.format("{:{}}{}", "x", 5, "y"))
show(lambda: F.format("{:{}}{0}", "x", 5))
show(lambda: F.format("{0:{}}", "x", 5))
show(lambda: F.format("{0!r:^{1}}|{2!s}", "a", 9, 3))
show(lambda: F.format("{0.__class__}", 1))
show(lambda: F.format("{0[0]}", {}))
show(lambda: F.format("{0[0]}", []))
show(lambda: F.format("{0.nope}", 1))
show(lambda: F.format("{0:d}", "x"))
show(lambda: F.format("{0:,}", 1234567))
show(lambda: F.format("{0:%Y}", object()))
show(lambda: F.format("{x!s:{y}}", x=3.5, y="^7"))
show(lambda: F.format("{}", *[]))
show(lambda: F.format("{0}{1}", "a"))
show(lambda: F.format("{0[a][b]}", {"a": {"b": 1}}))
show(lambda: F.format("{0[a]:>{1[w]}}", {"a": 1}, {"w": 4}))
show(lambda: F.format("{!r}{!s}{!a}", "é", "é", "é"))
show(lambda: F.vformat("{a}", (), {"a": 1, "b": 2}))
show(lambda: F.vformat("{a}", (), None))
show(lambda: F.vformat("{0}", None, {}))
show(lambda: F.format("x{{y}}{0}z", "-"))
show(lambda: F.format("{0:}", 1.5))
show(lambda: F.format("{0!s:}", None))
show(lambda: F.format("{0:{1}}", 1, ""))
show(lambda: F.format("{0:{1}}", 1, "{2}"))
show(lambda: F.format("{\u00e9}", **{"\u00e9": 1}))
show(lambda: F.format("{0}", 1, 2, extra=3))
show(lambda: list(F.parse("{0!r:{1}}")))
show(lambda: list(F.parse("abc}}def{{g{h}")))
show(lambda: list(F.parse("}")))
show(lambda: list(F.parse("{0!}")))
show(lambda: list(F.parse("{0:{1:{2}}}")))
show(lambda: list(F.parse("{:")))
show(lambda: list(F.parse("{!r")))
show(lambda: list(F.parse("")))
T = string.Template
class Meta(T):
    delimiter = '@'
    idpattern = '[a-z]+'
    flags = 0
show(lambda: Meta("@abc @ABC @{abc} @@").safe_substitute(abc=1, ABC=2))
show(lambda: Meta("@ABC").substitute(ABC=1))
class R(T):
    delimiter = '\\'
show(lambda: R(r"\a \\ \{b}").substitute(a=1, b=2))
class Dot(T):
    delimiter = '.'
show(lambda: Dot(".a .. .b").safe_substitute(a=1))
class Multi(T):
    delimiter = '{{'
    pattern = r'\{\{(?:(?P<escaped>\{\{)|(?P<named>[a-z]+)\}\}|(?P<braced>[a-z]+)\}\}|(?P<invalid>))'
show(lambda: Multi("{{a}} {{{{ {{b}} {{").safe_substitute(a=1))
show(lambda: Multi("{{a}} {{").substitute(a=1))
show(lambda: Multi("{{a}}").get_identifiers())
show(lambda: T("$a $b").substitute(dict(a=1), b=2, a=3))
show(lambda: T("${a}").substitute({"a": "$b"}))
show(lambda: T("$a").safe_substitute(a=None))
show(lambda: T("$\u00e9t\u00e9 $caf\u00e9").safe_substitute(caf=1))
show(lambda: T("$ABC $abc").substitute(abc=1, ABC=2))
show(lambda: T("x\ny\n$").substitute())
show(lambda: T("\n$").substitute())
show(lambda: T("$\n").substitute())
show(lambda: T("a\r\nb $1").substitute())
show(lambda: T("ab$").is_valid())
show(lambda: T.__init_subclass__)
show(lambda: T("$a").template)
t = T("$a")
t.template = "$b"
show(lambda: t.substitute(b=2))
show(lambda: type(T.__dict__["flags"]).__name__ if False else T.flags)

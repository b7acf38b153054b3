# string: constants, capwords, Template (default and custom delimiters), Formatter hooks and errors.
import string


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in string.__all__:
    value = getattr(string, name)
    if isinstance(value, str):
        print(name, repr(value))
print(string.capwords("  hello   big world "), string.capwords("a-b-c", "-"), repr(string.capwords("x--y", "-")))

T = string.Template
for text in ["$who likes ${what}s, $$5", "$", "a\nb $", "a\n\nbc ${x", "${}", "$9", "${ x}",
             "$x$y${z}$$", "$\u00e9", "$ABC_1d", "l1\nl2 $ ok", "${a}b$"]:
    t = T(text)
    show(lambda: t.substitute(who=1, what=2, x=3, y=4, z=5, ABC_1d=6, a=7))
    show(lambda: t.safe_substitute({"who": "W"}, a="A"))
    show(t.is_valid)
    show(t.get_identifiers)
show(lambda: T("$a").substitute({}))
show(lambda: T("$a $b").substitute({"a": 1, "b": 2}, b=3))
show(lambda: T("$x").substitute(1))
show(lambda: T())
print(T.delimiter, T.idpattern, T.braceidpattern, T("$q").template)


class Percent(T):
    delimiter = "%"


class Colons(Percent):
    delimiter = "::"


print(Percent("%a %% %{b} %{c %").safe_substitute(a=1, b=2))
print(Colons("::a :::: ::{b} ::{c :: x:").safe_substitute(a=1, b=2))
show(lambda: Colons("ab\n ::1").substitute())
show(lambda: Percent("%a $b").get_identifiers())

F = string.Formatter()
show(lambda: F.format("{0}-{name}", 1, name="n"))
show(lambda: F.format("{} {} {x.real!r:>{w}}", 1, 2, x=3, w=5))
show(lambda: F.format("{} {0}", 1))
show(lambda: F.format("{0} {}", 1))
show(lambda: F.format("{:{:{}}}", 1, 2, 3))
show(lambda: F.format("{0!z}", 1))
show(lambda: F.format("{0!a} {0!s} {0!r}", "\u00e9"))
show(lambda: F.format("{a[0]} {a[1]:03}", a=[5, 7]))
show(lambda: F.format("{1}", 0))
show(lambda: F.format("{x}"))
show(lambda: F.format("{"))
show(lambda: F.format("}}{{"))
show(lambda: F.format(format_string="x"))
show(lambda: F.vformat("{0:{1}}", (3, "x>4"), {}))
print(list(F.parse("a{b!r:c}d")), F.get_field("a.real", (), {"a": 2}))
print(F.get_value(0, ("p",), {}), F.get_value("k", (), {"k": "v"}), F.convert_field(3, None), F.format_field(2.5, ".2f"))


class Tracking(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        return "[" + super().format_field(value, format_spec) + "]"


print(Tracking().format("{0}{x}{0}{missing}", 1, 2, x=1, y=2))
print(string.Template.__module__, string.Formatter.format.__qualname__, string.Template.__doc__)

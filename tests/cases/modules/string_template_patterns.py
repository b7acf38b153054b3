# string.Template: compiled and partial custom patterns, unknown groups, inherited syntax.
import string, re
try:
    class P(string.Template):
        pattern = re.compile(r'\$(?P<named>[a-z]+)(?P<escaped>)(?P<braced>)(?P<invalid>)')
except Exception as e:
    print(type(e).__name__, e)
class Q(string.Template):
    flags = 0
    pattern = r'\$(?:(?P<named>[a-z]+)|(?P<escaped>\$)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print(Q("$a $$ ${b} $A").safe_substitute(a=1, b=2), Q.pattern.flags)
class R(string.Template):
    pattern = r'\$(?P<named>[a-z]+)'
try:
    print(R("$a $").substitute(a=1))
    print(R("$a $B").substitute(a=1))
except Exception as e:
    print(type(e).__name__, e)
class S(string.Template):
    pattern = r'\$(?:(?P<named>[a-z]+)|(?P<other>\?))'
for m in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    for text in ("$a", "$?", "x"):
        try:
            r = getattr(S(text), m)
            print(m, repr(r(a=1) if "sub" in m else r()))
        except Exception as e:
            print(m, type(e).__name__, e.args[0], type(e.args[1]).__name__ if len(e.args) > 1 else "")
class Sub(Q):
    delimiter = "#"
print(Sub.pattern.pattern == Q.pattern.pattern, Sub("#a $a").safe_substitute(a=1))
class Sub2(string.Template):
    delimiter = "#"
class Sub3(Sub2):
    idpattern = "[0-9]+"
print(Sub3("#12 #a #{3}").safe_substitute({"12": "x", "3": "y"}))

# Code objects: every co_* attribute of 3.11, co_lines/co_positions, replace(),
# _varname_from_oparg, equality, hashing and repr.


def no_addr(text):
    at = text.find(" at 0x")
    return text if at < 0 else text[:at] + " at ADDR" + text[text.index(",", at):]


def sample(a, b=2, /, c=3, *rest, key, **extra):
    total = a + b + c
    for item in rest:
        total += item
    return total, key, extra


def outer(x):
    y = x * 2

    def inner():
        return x + y
    return inner


code = sample.__code__
print(sorted(n for n in dir(code) if not n.startswith("__")))
for name in ("co_name", "co_qualname", "co_argcount", "co_posonlyargcount",
             "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_cellvars",
             "co_freevars", "co_names", "co_flags", "co_consts"):
    print(name, getattr(code, name))
print(code.co_firstlineno, code.co_filename)
inner = outer(1).__code__
print(inner.co_qualname, inner.co_freevars, outer.__code__.co_cellvars,
      outer.__code__.co_varnames, inner.co_flags, outer.__code__.co_flags)
for name in ("co_code", "_co_code_adaptive", "co_linetable", "co_lnotab",
             "co_exceptiontable"):
    print(name, type(getattr(code, name)).__name__)
print(len(code.co_code) % 2, code.co_code == code._co_code_adaptive)
print(type(code.co_stacksize).__name__, code.co_stacksize > 0)
print(sample.__code__.co_exceptiontable == b"")

# co_lines: (start, end, line) triples covering co_code in byte offsets
lines = list(code.co_lines())
print(all(len(t) == 3 for t in lines), lines[-1][1] == len(code.co_code))
print(all(s < e and s % 2 == 0 and e % 2 == 0 for s, e, _ in lines))
print(all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
first = code.co_firstlineno
print(sorted({l - first for _, _, l in lines if l is not None and l > first}))

# co_positions: one 4-tuple per two bytes of co_code
pos = list(code.co_positions())
print(len(pos) == len(code.co_code) // 2, all(len(p) == 4 for p in pos))
print(all(p[0] <= p[1] for p in pos if p[0] is not None))

# co_lnotab: (offset delta, line delta) byte pairs adding up to the last line
lnotab = code.co_lnotab
print(len(lnotab) % 2)
line = first
for i in range(1, len(lnotab), 2):
    d = lnotab[i]
    line += d - 256 if d >= 128 else d
print(line - first)

# _varname_from_oparg
simple = (lambda p, q: p + q).__code__
print(simple._varname_from_oparg(0), simple._varname_from_oparg(1))
try:
    simple._varname_from_oparg(9)
except IndexError as e:
    print("IndexError", e)

# repr, equality, hash
print(no_addr(repr(code)).replace(__file__, "FILE"))
print(code == code, code == sample.__code__.replace(), hash(code) == hash(code.replace()))
print(code == outer.__code__, code != outer.__code__, code == 5, code != "x")
renamed = code.replace(co_name="other")
print(renamed.co_name, renamed.co_qualname, renamed == code)
print(code.replace(co_filename="elsewhere.py") == code)
print(code.replace(co_qualname="Q.sample") == code)
print(code.replace(co_firstlineno=first + 1) == code)
moved = code.replace(co_filename="elsewhere.py", co_firstlineno=40)
print(no_addr(repr(moved)), moved.co_filename)
print(code.replace(co_consts=code.co_consts) == code)
print(code.replace(co_flags=code.co_flags).co_flags == code.co_flags)
print(code.replace(co_code=code.co_code, co_linetable=code.co_linetable,
                   co_exceptiontable=code.co_exceptiontable) == code)

# a replaced code object runs
def greet(name):
    return "hello " + name
greet.__code__ = greet.__code__.replace(co_consts=tuple(
    "bye " if c == "hello " else c for c in greet.__code__.co_consts))
print(greet("you"))
print(greet.__code__.co_name, greet.__name__)

# replace() errors
for kwargs in [dict(co_foo=1), dict(co_name=3), dict(co_filename=b"x"),
               dict(co_argcount="x"), dict(co_consts=[1]), dict(co_names=("a", 2)),
               dict(co_varnames=(1, 2)), dict(co_argcount=-1), dict(co_flags=-2),
               dict(co_argcount=9), dict(co_nlocals=99), dict(co_code=1.5),
               dict(co_linetable="x"), dict(co_freevars=None), dict(co_stacksize=2**70)]:
    try:
        code.replace(**kwargs)
        print("no error", kwargs)
    except (TypeError, ValueError, SystemError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    code.replace(1)
except TypeError as e:
    print("TypeError", e)

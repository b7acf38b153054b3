# dis.dis prints CPython's columns: every line is an instruction line, a blank
# line, a "Disassembly of" header or an exception table line.
import dis
import io


def strip_addr(line):
    # "<code object f at 0x7f...,": drop the address
    at = line.find(" at 0x")
    return line if at < 0 else line[:at] + line[line.index(",", at):]


def is_instruction(line):
    # lineno (3 wide), mark (3), jump marker (2), offset (4), opname, then the
    # argument right-aligned in 5 columns and "(argrepr)".
    if len(line) < 18 or line[3] != " " or line[7] != " " or line[10] != " ":
        return False
    if not (line[:3].strip().isdigit() or line[:3] == "   "):
        return False
    if line[4:7] not in ("-->", "   ") or line[8:10] not in (">>", "  "):
        return False
    if not line[11:15].strip().isdigit() or line[15] != " ":
        return False
    name = line[16:].split(" ")[0]
    if not name or not name.replace("_", "").isalnum() or not name.isupper():
        return False
    arg_at = 16 + max(len(name), 20) + 1
    if line[16 + len(name):arg_at].strip():
        return False
    rest = line[arg_at:]
    if not rest:
        return True
    if not rest[:5].strip().isdigit() or line[arg_at - 1] != " ":
        return False
    return rest[5:] == "" or (rest[5:7] == " (" and rest.endswith(")"))


def is_table_row(line):
    parts = line.split()
    return (line.startswith("  ") and len(parts) in (6, 7) and parts[1] == "to"
            and parts[3] == "->" and parts[0].isdigit() and parts[2].isdigit()
            and parts[4].isdigit() and parts[5].startswith("[")
            and parts[5].endswith("]") and parts[6:] in ([], ["lasti"]))


def check(text):
    kinds = {"instr": 0, "blank": 0, "header": [], "table": 0}
    for line in text.splitlines():
        if not line:
            kinds["blank"] += 1
        elif line.startswith("Disassembly of ") and line.endswith(":"):
            kinds["header"].append(strip_addr(line))
        elif line == "ExceptionTable:" or is_table_row(line):
            kinds["table"] += 1
        elif is_instruction(line) or is_instruction("    " + line):
            kinds["instr"] += 1
        else:
            print("BAD LINE", repr(line))
    return kinds


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    k = check(out.getvalue())
    print(k["instr"] > 0, k["header"])


def add(a, b=2):
    total = a + b
    if total > 10:
        return "big"
    return [x * 2 for x in range(total) if x % 3]


def gen(n):
    for i in range(n):
        yield i * i


def outer():
    y = 5

    def inner(z):
        return y + z
    return inner, lambda q: q + y


def handler(d):
    try:
        return d["k"]
    except KeyError as e:
        return str(e)
    finally:
        d.clear()


class Shape:
    sides = 4

    def area(self):
        return self.sides ** 2

    @staticmethod
    def unit():
        return Shape()

    @classmethod
    def make(cls):
        return cls()


show(add)
show(add.__code__)
show(gen)
show(gen(3))
show(outer)
show(outer, depth=0)
show(outer, depth=1)
show(handler)
show(Shape)
show(Shape().area)
show(Shape.unit)
show("x = 1\nfor i in range(3):\n    x += i\n")
show("a + b")
show(lambda: (yield))

# the lines of a function that start a source line carry its line number
out = io.StringIO()
dis.dis(add, file=out)
numbered = [int(line[:3]) for line in out.getvalue().splitlines()
            if line[:3].strip().isdigit()]
print(sorted(set(numbered))[-3:])

# disassemble() of one code object does not recurse
out = io.StringIO()
dis.disassemble(outer.__code__, file=out)
print(check(out.getvalue())["header"])

# the exception table appears for code with handlers
out = io.StringIO()
dis.dis(handler, file=out)
text = out.getvalue()
print("ExceptionTable:" in text, "ExceptionTable:" in dis.Bytecode(add).dis())

for bad in (5, 2.5, None.__class__):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError", e)

# raw co_code bytes disassemble to the same number of instructions, with
# the jump targets marked and no line numbers
out = io.StringIO()
dis.dis(add.__code__.co_code, file=out)
k = check(out.getvalue())
print(k["instr"] == len(list(dis.get_instructions(add))), k["blank"], k["header"])
print(sum(">>" in line for line in out.getvalue().splitlines()) ==
      len(set(dis.findlabels(add.__code__.co_code))))
print(all(line.startswith("   ") for line in out.getvalue().splitlines()))
print(dis.findlabels(b""), list(dis.findlinestarts(compile("", "e", "exec")))[:0])

# a module: its functions and classes, sorted by name
import types
mod = types.ModuleType("m")
exec("def b(): return 1\nclass A:\n    def f(self): pass\nx = 3\ndef a(): pass\n",
     mod.__dict__)
out = io.StringIO()
dis.dis(mod, file=out)
print([line for line in out.getvalue().splitlines() if line.startswith("Disassembly")])

# coroutines and async generators disassemble through cr_code/ag_code


async def coro():
    return 1


async def agen():
    yield 2

c = coro()
show(c)
show(agen())
print(dis.code_info(c) == dis.code_info(coro), dis.code_info(agen()) == dis.code_info(agen))
c.close()

# nested classes are disassembled, other attributes are skipped
class Outer:
    class Inner:
        def method(self):
            return 1
    prop = property(lambda self: 1)
    value = 3

out = io.StringIO()
dis.dis(Outer, file=out)
print([line for line in out.getvalue().splitlines() if line.startswith("Disassembly")])

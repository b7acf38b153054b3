# code_info/show_code, pretty_flags, Bytecode, distb and stack_effect's checks.
import dis
import io
import sys


def plain(a, b, /, c, *args, d=1, **kw):
    e = a + b
    return e


def gen(n):
    yield n


async def coro():
    return 1


async def agen():
    yield 1


def maker():
    cell = 1

    def inner():
        return cell
    return inner


def stable(info):
    # The stack size is the only field whose value depends on the opcodes chosen;
    # code objects among the constants show addresses.
    for line in info.splitlines():
        if line.startswith("Stack size:"):
            print("Stack size:        N")
        else:
            at = line.find(" at 0x")
            print(line if at < 0 else line[:at] + line[line.index(",", at):])


for f in (plain, gen, coro, agen, maker, maker()):
    stable(dis.code_info(f))
    print("--")
stable(dis.code_info("x + y"))
print("--")
stable(dis.code_info("import os\nz = os.sep"))
print("--")
out = io.StringIO()
dis.show_code(plain, file=out)
print(out.getvalue() == dis.code_info(plain) + "\n")
print(dis.Bytecode(gen).info() == dis.code_info(gen))

print(dis.COMPILER_FLAG_NAMES)
for flags in (0, 1, 3, 0x23, 0x63, 0x80, 0x3ff, 0x400, 0x3000003):
    print(hex(flags), dis.pretty_flags(flags))
print(dis.cmp_op)
print(dis.hasjrel == [] or all(op in dis.opname[op] and False for op in []), type(dis.hasjrel))
print(type(dis.opname), len(dis.opname), type(dis.opmap))
print(all(dis.opname[n] == name for name, n in dis.opmap.items()))

# Bytecode
bc = dis.Bytecode(plain)
print(bc.first_line == plain.__code__.co_firstlineno, bc.current_offset)
print(bc.codeobj is plain.__code__)
print(repr(dis.Bytecode("x + 1")))
print(dis.Bytecode(plain, first_line=50).first_line)
print([i.opname for i in bc] == [i.opname for i in dis.get_instructions(plain)])
text = bc.dis()
print(text.endswith("\n"), "-->" in text)
out = io.StringIO()
dis.dis(plain, file=out)
print(out.getvalue() == text)
bc2 = dis.Bytecode(plain, current_offset=2)
print(sum("-->" in line for line in bc2.dis().splitlines()))
line = [l for l in bc2.dis().splitlines() if "-->" in l][0]
print(line[line.index("-->") + 6:].split()[0])


def divide(x):
    y = x + 1
    return y / x


try:
    divide(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]

print(tb.tb_lasti % 2, tb.tb_next.tb_lasti % 2)
b = dis.Bytecode.from_traceback(tb)
print(b.codeobj.co_name, b.current_offset == tb.tb_next.tb_lasti)
marked = [line for line in b.dis().splitlines() if "-->" in line]
print(len(marked), marked[0].split()[-2:])

try:
    del sys.last_traceback
except AttributeError:
    pass
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError", e)
sys.last_traceback = tb
out = io.StringIO()
dis.distb(file=out)
marked = [line for line in out.getvalue().splitlines() if "-->" in line]
print(len(marked), marked[0].split()[-2:])
out2 = io.StringIO()
dis.dis(file=out2)
print(out2.getvalue() == out.getvalue())

# stack_effect with the opcodes both bytecodes share
m = dis.opmap
print(dis.stack_effect(m["POP_TOP"]), dis.stack_effect(m["LOAD_CONST"], 0))
print(dis.stack_effect(m["BUILD_TUPLE"], 3), dis.stack_effect(m["BUILD_LIST"], 0))
print(dis.stack_effect(m["STORE_FAST"], 1), dis.stack_effect(m["RETURN_VALUE"]))
print(dis.stack_effect(m["UNPACK_SEQUENCE"], 4), dis.stack_effect(m["BUILD_MAP"], 2))
for args, kw in [((m["LOAD_CONST"],), {}), ((m["POP_TOP"], 0), {}),
                 ((m["POP_TOP"],), {"jump": 1}), (("x",), {}),
                 ((m["LOAD_CONST"], "y"), {}), ((m["LOAD_CONST"], 1), {"jump": "no"})]:
    try:
        print(dis.stack_effect(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dis.stack_effect(m["POP_TOP"], None, jump=True))

# dis takes its tables from the opcode module
import opcode
print(dis.opmap is opcode.opmap, dis.opname is opcode.opname, dis.cmp_op is opcode.cmp_op)
print(dis.stack_effect is opcode.stack_effect, opcode.hasjabs is dis.hasjabs)
print(all(name in dis.__all__ for name in ("cmp_op", "hasconst", "hasname", "hasjrel",
                                             "hasjabs", "haslocal", "hascompare",
                                             "hasfree", "opname", "opmap", "stack_effect")))

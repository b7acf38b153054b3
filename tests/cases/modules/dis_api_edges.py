# dis: argument errors, source names, Bytecode attributes and Instruction columns.
import dis
import sys


def attempt(label, f):
    try:
        result = f()
        print(label, "ok", type(result).__name__)
    except (SyntaxError, TypeError, RuntimeError) as e:
        print(label, type(e).__name__, e)


attempt("dis str", lambda: dis.dis("x y"))
attempt("instructions str", lambda: dis.get_instructions("x y"))
attempt("code_info str", lambda: dis.code_info("x y"))
attempt("code_info bytes", lambda: dis.code_info(b"\x00\x00"))
attempt("instructions float", lambda: dis.get_instructions(1.5))
attempt("dis list", lambda: dis.dis([1]))
attempt("Bytecode int", lambda: dis.Bytecode(7))
attempt("distb", lambda: dis.distb())
attempt("dis none", lambda: dis.dis())

for src in ("1 + 2", "import os", "def f(): pass"):
    co = dis.Bytecode(src).codeobj
    print(co.co_filename, co.co_name, dis.Bytecode(src).first_line)


def sample(a, *rest, key=None, **extra):
    try:
        return a / key
    except ZeroDivisionError:
        return None


bc = dis.Bytecode(sample, first_line=40, current_offset=0)
print(repr(bc)[:18], bc.first_line, bc.current_offset, bc.codeobj is sample.__code__)
print(type(bc.exception_entries).__name__, len(bc.exception_entries) > 0,
      dis.Bytecode("a = 1").exception_entries)
print(bc.info() == dis.code_info(sample), bc.info().splitlines()[-4:])
marked = [line for line in bc.dis().splitlines() if "-->" in line]
print(len(marked), marked[0][4:7])

for flags in (0x10, 0x20, 0x200, 0x300, 0x10000, 0x80000000, 0x100000000):
    print(hex(flags), dis.pretty_flags(flags))

for width, mark, offw in ((3, False, 4), (5, True, 4), (0, False, 6), (2, True, 1)):
    ins = dis.Instruction("LOAD_CONST", 100, 7, "s", "'s'", 1234, 56, True)
    print(repr(ins._disassemble(width, mark, offw)))
    blank = dis.Instruction("RETURN_VALUE", 83, None, None, "", 6, None, False)
    print(repr(blank._disassemble(width, mark, offw)))
noarg_repr = dis.Instruction("CALL", 171, 2, 2, "", 8, None, False)
print(repr(noarg_repr._disassemble()))
print(dis.Positions(1, 2), dis.Positions(lineno=3)._asdict())
print(dis.Instruction("NOP", 9, None, None, "", 0, None, False).positions)
print(dis.disco is dis.disassemble, dis.COMPILER_FLAG_NAMES[512])

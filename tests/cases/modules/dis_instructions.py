# get_instructions: the Instruction fields and the argument values that do not
# depend on which opcodes a compiler picks.
import dis


def work(items, scale=3):
    total = 0
    for item in items:
        if item > 10:
            total += item * scale
        else:
            total -= len(str(item))
    result = {"total": total, "count": len(items)}
    print(result, end="!")
    return result


def closure():
    base = 7

    def add(x):
        return base + x
    return add


print(dis.Instruction._fields)
print(dis.Positions._fields)
print(dis.Positions())
print(dis.Instruction.__module__, dis.Positions.__module__)

ins = list(dis.get_instructions(work))
print(all(isinstance(i, dis.Instruction) for i in ins))
print(all(isinstance(i.positions, dis.Positions) for i in ins))
print(all(i.offset % 2 == 0 for i in ins))
print([i.offset for i in ins] == sorted(i.offset for i in ins))
print(all(isinstance(i.opname, str) and dis.opname[i.opcode] == i.opname for i in ins))
print(all(dis.opmap[i.opname] == i.opcode for i in ins))

consts = {repr(i.argval) for i in ins if i.opname == "LOAD_CONST"}
print(sorted(consts))
names = {i.argval for i in ins if i.opcode in dis.hasname}
print(sorted(names))
local_names = {i.argval for i in ins if i.opcode in dis.haslocal}
print(sorted(local_names))
print(all(i.argrepr == i.argval or i.argrepr.startswith("NULL + ")
          for i in ins if i.opcode in dis.hasname))
print(all(i.argrepr == repr(i.argval) for i in ins if i.opname == "LOAD_CONST"))

offsets = {i.offset for i in ins}
targets = {i.offset for i in ins if i.is_jump_target}
jumps = [i for i in ins if i.opcode in dis.hasjabs or i.opcode in dis.hasjrel]
print(len(jumps) > 0, all(j.argval in offsets and j.argval in targets for j in jumps))
print(all(j.argrepr == "to %d" % j.argval for j in jumps))
print(all(i.arg is None and i.argval is None and i.argrepr == ""
          for i in ins if i.arg is None))
print(sorted({i.argrepr for i in ins if i.opname == "BINARY_OP"}))
print(sorted({i.argval for i in ins if i.opcode in dis.hascompare}))

free = {i.argval for i in dis.get_instructions(closure()) if i.opcode in dis.hasfree}
print(sorted(free))

# starts_line comes from findlinestarts; first_line shifts it
starts = {i.starts_line for i in ins if i.starts_line is not None}
lines = {line for _, line in dis.findlinestarts(work.__code__)}
print(starts == lines, max(lines) - work.__code__.co_firstlineno)
shifted = {i.starts_line for i in dis.get_instructions(work, first_line=100)
           if i.starts_line is not None}
print(max(shifted), max(shifted) - max(lines) == 100 - work.__code__.co_firstlineno)
print(all(off % 2 == 0 for off, _ in dis.findlinestarts(work.__code__)))
body = sorted(l for l in lines if l > work.__code__.co_firstlineno)
print([l - work.__code__.co_firstlineno for l in body])

# positions of instructions that have a line lie inside the function's lines
pos = [i.positions for i in ins if i.positions.lineno is not None]
first = work.__code__.co_firstlineno
print(all(first <= p.lineno <= p.end_lineno <= first + 10 for p in pos))
print(all(p.col_offset <= p.end_col_offset for p in pos if p.lineno == p.end_lineno))

# an Instruction built by hand formats in CPython's columns
i = dis.Instruction("LOAD_FAST", 124, 0, "x", "x", 10, 3, True, None)
print(repr(i._disassemble()))
print(repr(i._disassemble(lineno_width=0)))
print(repr(i._disassemble(mark_as_current=True, offset_width=6)))
j = dis.Instruction("NOP", 9, None, None, "", 1234, None, False)
print(repr(j._disassemble()), j.positions)
k = dis.Instruction("SOME_VERY_LONG_OPCODE_NAME", 1, 300, 300, "", 2, 1500, False)
print(repr(k._disassemble(lineno_width=4)))
print(i)
print(i._replace(offset=12).offset, i == dis.Instruction(*i))

print(list(dis.get_instructions("x"))[-1].opname == "RETURN_VALUE")
try:
    dis.get_instructions(3)
except TypeError as e:
    print("TypeError", e)

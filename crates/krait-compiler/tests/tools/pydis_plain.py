"""CPython 3.11's dis of a file in Krait's plain comparison format (see examples/kdis.rs).

Drops what Krait does not have (RESUME, PRECALL, CACHE, EXTENDED_ARG, MAKE_CELL,
COPY_FREE_VARS, the RETURN_GENERATOR/POP_TOP prologue), folds the forward/backward jump
variants into one name and turns byte offsets into instruction indices.
"""
import dis
import sys

DROP = {"RESUME", "PRECALL", "CACHE", "EXTENDED_ARG", "MAKE_CELL", "COPY_FREE_VARS"}
RENAME = {
    "JUMP_FORWARD": "JUMP", "JUMP_BACKWARD": "JUMP", "JUMP_BACKWARD_NO_INTERRUPT": "JUMP",
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
}


def crepr(v):
    if hasattr(v, "co_code"):
        return "<code %s>" % v.co_name
    if isinstance(v, complex):
        return "complex(%r, %r)" % (v.real, v.imag)
    if isinstance(v, bytes):
        return "b<%d>" % len(v)
    if isinstance(v, frozenset):
        return "frozenset<%d>" % len(v)
    if isinstance(v, tuple):
        parts = [crepr(x) for x in v]
        return "(%s,)" % parts[0] if len(parts) == 1 else "(%s)" % ", ".join(parts)
    return repr(v)


def plain(co, out):
    out.append("== %s %d argc=%d posonly=%d kwonly=%d flags=%#x varnames=%s cellvars=%s freevars=%s" % (
        co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
        co.co_flags & 0x3ff, krepr(co.co_varnames), krepr(co.co_cellvars), krepr(co.co_freevars)))
    ins = list(dis.get_instructions(co))
    for k, i in enumerate(ins[:12]):
        if i.opname == "RETURN_GENERATOR":
            ins = ins[:k] + ins[k + 2:]
            break
    kept = [i for i in ins if i.opname not in DROP]
    index = {}
    k = 0
    for i in ins:
        index[i.offset] = k
        if i.opname not in DROP:
            k += 1
    def idx(off):
        while off not in index and off < 10**7:
            off += 2
        return index.get(off, k)
    positions = list(co.co_positions())
    for i in kept:
        name = RENAME.get(i.opname, i.opname)
        pos = positions[i.offset // 2]
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = "->%d" % idx(i.argval)
        elif name in ("LOAD_CONST", "KW_NAMES"):
            arg = crepr(co.co_consts[i.arg]) if name == "KW_NAMES" else crepr(i.argval)
        elif name == "LOAD_GLOBAL":
            arg = i.argrepr
        elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            arg = str(i.argval)
        elif i.arg is not None:
            arg = str(i.arg)
        else:
            arg = ""
        line = ("%s %s" % (name, arg)).rstrip()
        if WITH_POS:
            line += "  @%s" % (",".join("-" if p is None else str(p) for p in pos),)
        out.append(line)
    for e in dis._parse_exception_table(co):
        out.append("EXC %d %d %d %d %d" % (idx(e.start), idx(e.end), idx(e.target), e.depth, int(e.lasti)))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            plain(c, out)


def krepr(names):
    return "[" + ", ".join('"%s"' % n for n in names) + "]"


import os
WITH_POS = bool(os.environ.get('KRAIT_POS'))
src = open(sys.argv[1]).read()
out = []
plain(compile(src, sys.argv[1], "exec"), out)
print("\n".join(out))

"""Disassembler of Python byte code into mnemonics.

Krait's code objects hold Krait's own instructions (see crates/krait-bytecode/src/opcode.rs),
so this module prints those, in the columns of CPython 3.11's dis. Offsets count bytes of
co_code, two per instruction, as co_lines(), f_lasti and tb_lasti do. The opcode tables and
the decoding of each instruction's argument come from the _dis accelerator, which reads
them from the bytecode crate; this module formats them.
"""

import sys
import collections
import types

import _dis
from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_hasarg = frozenset(_dis.hasarg)

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

# Column widths of a disassembly line.
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    parts = []
    bit = 1
    while flags and bit < (1 << 32):
        if flags & bit:
            parts.append(COMPILER_FLAG_NAMES.get(bit, hex(bit)))
            flags &= ~bit
        bit <<= 1
    if flags:
        parts.append(hex(flags))
    return ", ".join(parts) if parts else hex(0)


def _code_of(x):
    """The code object of a method, function, generator or coroutine; x itself otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _get_code_object(x):
    """The code object to disassemble for x."""
    x = _code_of(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file)
        return
    x = _code_of(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, fmt in (("Constants:", co.co_consts, "%4d: %r"),
                              ("Names:", co.co_names, "%4d: %s"),
                              ("Variable names:", co.co_varnames, "%4d: %s"),
                              ("Free variables:", co.co_freevars, "%4d: %s"),
                              ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            lines.extend(fmt % pair for pair in enumerate(items))
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset",
     "starts_line", "is_jump_target", "positions"],
    defaults=[None],
)

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        columns = []
        if lineno_width:
            if self.starts_line is None:
                columns.append(' ' * lineno_width)
            else:
                columns.append(str(self.starts_line).rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(' + self.argrepr + ')')
        return ' '.join(columns).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, dict(findlinestarts(co)), offset)


def _instructions(co, linestarts, line_offset):
    """Instruction tuples of code object co, from the _dis accelerator."""
    positions = co.co_positions()
    for name, op, arg, argval, argrepr, offset, is_target in _dis.instructions(co):
        line = linestarts.get(offset)
        if line is not None:
            line += line_offset
        yield Instruction(name, op, arg, argval, argrepr, offset, line,
                          is_target, Positions(*next(positions, ())))


def _unpack_opargs(code):
    """(offset, opcode, arg) of raw co_code bytes: an opcode byte and an argument byte each."""
    for offset in range(0, len(code) - 1, 2):
        op = code[offset]
        yield offset, op, (code[offset + 1] if op in _hasarg else None)


def _bytes_instructions(code):
    """Instructions of raw co_code bytes, without the tables that name constants and names."""
    labels = set(findlabels(code))
    for offset, op, arg in _unpack_opargs(code):
        if opname[op].startswith('<'):
            argval, argrepr = arg, ''
        else:
            argval, argrepr = _dis.describe(op, arg)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, None,
                          offset in labels, Positions())


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for _, op, arg in _unpack_opargs(code):
        if arg is not None and op in hasjabs:
            label = arg * 2
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    last = None
    for start, _end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            yield start, line


def _parse_varint(it):
    byte = next(it)
    value = byte & 63
    while byte & 64:
        byte = next(it)
        value = (value << 6) | (byte & 63)
    return value


def _parse_exception_table(code):
    """The rows of co_exceptiontable, in byte offsets; end is exclusive."""
    it = iter(code.co_exceptiontable)
    entries = []
    try:
        while True:
            start = _parse_varint(it) * 2
            length = _parse_varint(it) * 2
            target = _parse_varint(it) * 2
            depth_lasti = _parse_varint(it)
            entries.append(_ExceptionTableEntry(start, start + length, target,
                                                depth_lasti >> 1,
                                                bool(depth_lasti & 1)))
    except StopIteration:
        return entries


def _print_instructions(instructions, linestarts, code_len, lasti=-1, *,
                        file=None, line_offset=0, exception_entries=()):
    if linestarts:
        top = max(linestarts.values()) + line_offset
        lineno_width = len(str(top)) if top >= 1000 else 3
    else:
        lineno_width = 0
    last_offset = code_len - 2
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instr in instructions:
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width),
              file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} "
                  f"[{entry.depth}]{lasti_text}", file=file)


def _disassemble_code(co, lasti=-1, *, file=None, first_line=None):
    linestarts = dict(findlinestarts(co))
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    _print_instructions(_instructions(co, linestarts, offset), linestarts,
                        len(co.co_code), lasti, file=file, line_offset=offset,
                        exception_entries=_parse_exception_table(co))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_code(co, lasti, file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for inner in co.co_consts:
            if hasattr(inner, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (inner,), file=file)
                _disassemble_recursive(inner, file=file, depth=depth)


def _disassemble_bytes(code, lasti=-1, *, file=None):
    _print_instructions(_bytes_instructions(code), None, len(code), lasti, file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._linestarts, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        import io
        co = self.codeobj
        lasti = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _print_instructions(iter(self), self._linestarts, len(co.co_code), lasti,
                                file=output, line_offset=self._line_offset,
                                exception_entries=self.exception_entries)
            return output.getvalue()


def _test():
    """Simple test program to disassemble a file (standard input when none is named)."""
    if len(sys.argv) > 1:
        name = sys.argv[1]
        with open(name, 'rb') as infile:
            source = infile.read()
    else:
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()

"""Disassembler of Python byte code into mnemonics.

Krait's code objects carry Krait's own instruction set (see
crates/krait-bytecode/src/opcode.rs). The native _dis module decodes them --
names, arguments and their meaning -- and this module lays the result out in
the columns CPython 3.11's dis uses. Offsets are byte offsets into co_code
(two bytes per instruction), matching co_lines(), f_lasti and tb_lasti.
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

_TAKES_ARG = frozenset(_dis.hasarg)
_JUMPS = frozenset(hasjabs) | frozenset(hasjrel)

# Objects dis() looks into when they sit in a class or module namespace.
_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

COMPILER_FLAG_NAMES = {1 << bit: name for bit, name in enumerate((
    'OPTIMIZED', 'NEWLOCALS', 'VARARGS', 'VARKEYWORDS', 'NESTED',
    'GENERATOR', 'NOFREE', 'COROUTINE', 'ITERABLE_COROUTINE',
    'ASYNC_GENERATOR'))}

_NAME_COLUMN = 20
_ARG_COLUMN = 5


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    remaining = flags
    for bit in range(32):
        mask = 1 << bit
        if not remaining & mask:
            continue
        names.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
        remaining &= ~mask
        if not remaining:
            return ', '.join(names)
    names.append(hex(remaining))
    return ', '.join(names)


# ------------------------------------------------------------ finding code

def _unwrap(x):
    """Step from methods, functions, generators and coroutines to code."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _compile_either(source, filename):
    """Compile source as an expression when it is one, else as statements."""
    try:
        return compile(source, filename, 'eval')
    except SyntaxError:
        return compile(source, filename, 'exec')


def _cannot(x):
    return TypeError("don't know how to disassemble %s objects"
                     % type(x).__name__)


def _get_code_object(x):
    """The code object behind x (a function, method, generator, source...)."""
    target = _unwrap(x)
    if isinstance(target, str):
        target = _compile_either(target, '<disassembly>')
    if hasattr(target, 'co_code'):
        return target
    raise _cannot(target)


# ------------------------------------------------------------ code_info

def _numbered(title, items, fmt):
    if not items:
        return []
    return [title] + [fmt % (i, item) for i, item in enumerate(items)]


def _format_code_info(co):
    rows = [
        'Name:              %s' % co.co_name,
        'Filename:          %s' % co.co_filename,
        'Argument count:    %s' % co.co_argcount,
        'Positional-only arguments: %s' % co.co_posonlyargcount,
        'Kw-only arguments: %s' % co.co_kwonlyargcount,
        'Number of locals:  %s' % co.co_nlocals,
        'Stack size:        %s' % co.co_stacksize,
        'Flags:             %s' % pretty_flags(co.co_flags),
    ]
    rows += _numbered('Constants:', co.co_consts, '%4d: %r')
    rows += _numbered('Names:', co.co_names, '%4d: %s')
    rows += _numbered('Variable names:', co.co_varnames, '%4d: %s')
    rows += _numbered('Free variables:', co.co_freevars, '%4d: %s')
    rows += _numbered('Cell variables:', co.co_cellvars, '%4d: %s')
    return '\n'.join(rows)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


# ------------------------------------------------------------ Instruction

Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None, None, None, None])

_Instruction = collections.namedtuple(
    '_Instruction',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
     'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])

_ExceptionTableEntry = collections.namedtuple(
    '_ExceptionTableEntry', 'start end target depth lasti')


class Instruction(_Instruction):
    """One decoded bytecode instruction.

    Fields: opname and opcode (name and number of the operation), arg (its
    raw argument or None), argval and argrepr (the argument's meaning and
    its text form), offset (byte offset in co_code), starts_line (the source
    line this instruction begins, or None), is_jump_target, and positions
    (a dis.Positions with the source span covered).
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False,
                     offset_width=4):
        """One line of dis output for this instruction.

        *lineno_width* is the width of the line-number column (0 leaves it
        out), *mark_as_current* adds the '-->' marker and *offset_width* is
        the width of the offset column.
        """
        cols = []
        if lineno_width:
            if self.starts_line is None:
                cols.append(' ' * lineno_width)
            else:
                cols.append(str(self.starts_line).rjust(lineno_width))
        cols.append('-->' if mark_as_current else '   ')
        cols.append('>>' if self.is_jump_target else '  ')
        cols.append(str(self.offset).rjust(offset_width))
        cols.append(self.opname.ljust(_NAME_COLUMN))
        if self.arg is not None:
            cols.append(str(self.arg).rjust(_ARG_COLUMN))
            if self.argrepr:
                cols.append('(%s)' % self.argrepr)
        return ' '.join(cols).rstrip()


# ------------------------------------------------------------ decoding

def _code_instructions(co, line_shift=0):
    """Instructions of a code object, with line starts moved by line_shift."""
    starts = dict(findlinestarts(co))
    spans = list(co.co_positions())
    for row in _dis.instructions(co):
        name, op, arg, argval, argrepr, offset, target = row
        line = starts.get(offset)
        if line is not None:
            line += line_shift
        index = offset // 2
        span = Positions(*spans[index]) if index < len(spans) else Positions()
        yield Instruction(name, op, arg, argval, argrepr, offset, line,
                          target, span)


def _raw_pairs(code):
    """(offset, opcode, arg) for every whole instruction of raw bytes."""
    for offset in range(0, len(code) - 1, 2):
        op = code[offset]
        yield offset, op, (code[offset + 1] if op in _TAKES_ARG else None)


def _raw_instructions(code):
    """Instructions decoded from raw co_code bytes, without a code object."""
    targets = set(findlabels(code))
    for offset, op, arg in _raw_pairs(code):
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _dis.describe(op, arg)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, None,
                          offset in targets, Positions())


def get_instructions(x, *, first_line=None, show_caches=False,
                     adaptive=False):
    """Iterator over the instructions of a function, method, code object,
    source string or generator.

    Each item is an Instruction. With *first_line*, line numbers are shifted
    so that the code appears to start at that line.
    """
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    return _code_instructions(co, shift)


def findlabels(code):
    """Offsets in raw bytecode that some jump goes to."""
    found = []
    for _offset, op, arg in _raw_pairs(code):
        if op in _JUMPS and arg is not None:
            dest = _dis.describe(op, arg)[0]
            if dest not in found:
                found.append(dest)
    return found


def findlinestarts(code):
    """Yield (offset, lineno) for each offset that begins a new source line."""
    previous = None
    for start, _end, line in code.co_lines():
        if line is None or line == previous:
            continue
        previous = line
        yield start, line


def _read_varint(data, pos):
    """Decode one 6-bits-per-byte number of the exception table at pos."""
    byte = data[pos]
    value = byte & 0x3f
    pos += 1
    while byte & 0x40:
        byte = data[pos]
        value = (value << 6) | (byte & 0x3f)
        pos += 1
    return value, pos


def _exception_entries(co):
    table = co.co_exceptiontable
    entries = []
    pos = 0
    try:
        while pos < len(table):
            start, pos = _read_varint(table, pos)
            size, pos = _read_varint(table, pos)
            handler, pos = _read_varint(table, pos)
            packed, pos = _read_varint(table, pos)
            entries.append(_ExceptionTableEntry(
                start * 2, (start + size) * 2, handler * 2,
                packed >> 1, bool(packed & 1)))
    except IndexError:
        pass
    return entries


# ------------------------------------------------------------ printing

def _emit(instructions, file, code_size, has_lines, current=-1,
          table=()):
    """Write instructions (and an exception table) in dis's columns."""
    instructions = list(instructions)
    if has_lines:
        top = max((i.starts_line for i in instructions
                   if i.starts_line is not None), default=0)
        line_width = len(str(top)) if top >= 1000 else 3
    else:
        line_width = 0
    last = code_size - 2
    offset_width = len(str(last)) if last >= 10000 else 4
    for ins in instructions:
        if line_width and ins.starts_line is not None and ins.offset > 0:
            print(file=file)
        print(ins._disassemble(line_width, ins.offset == current,
                               offset_width), file=file)
    if table:
        print('ExceptionTable:', file=file)
        for entry in table:
            suffix = ' lasti' if entry.lasti else ''
            print('  %d to %d -> %d [%d]%s' % (entry.start, entry.end - 2,
                                               entry.target, entry.depth,
                                               suffix), file=file)


def _show_code_object(co, current=-1, file=None, first_line=None):
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    _emit(_code_instructions(co, shift), file, len(co.co_code),
          bool(dict(findlinestarts(co))), current, _exception_entries(co))


def disassemble(co, lasti=-1, *, file=None, show_caches=False,
                adaptive=False):
    """Disassemble a code object, marking the instruction at *lasti*."""
    _show_code_object(co, lasti, file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False,
                           adaptive=False):
    disassemble(co, file=file)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print('Disassembly of %r:' % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth)


def _disassemble_bytes(code, lasti=-1, *, file=None):
    _emit(_raw_instructions(code), file, len(code), False, lasti)


def _disassemble_str(source, **kwargs):
    """Compile source and disassemble the result."""
    _disassemble_recursive(_compile_either(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines,
    code objects, source strings or raw bytecode.

    With no argument, disassemble the last traceback. A class or module has
    each of its methods, functions, classes and code objects disassembled;
    nested code objects are followed up to *depth* levels.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print('Disassembly of %s:' % name, file=file)
            try:
                dis(member, file=file, depth=depth)
            except TypeError as exc:
                print('Sorry:', exc, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth)
    else:
        raise _cannot(x)


def _innermost(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError('no last traceback to disassemble') from None
    tb = _innermost(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


# ------------------------------------------------------------ Bytecode

class Bytecode:
    """The bytecode operations of a piece of code.

    Wraps a function, method, generator, code object or source string;
    iterating yields Instruction objects, dis() returns the disassembly as
    text and info() the code_info() text. *current_offset* marks one
    instruction in dis().
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        co = _get_code_object(x)
        self.codeobj = co
        if first_line is None:
            self.first_line = co.co_firstlineno
        else:
            self.first_line = first_line
        self._shift = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _exception_entries(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _code_instructions(self.codeobj, self._shift)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        tb = _innermost(tb)
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        import io
        buf = io.StringIO()
        co = self.codeobj
        current = -1 if self.current_offset is None else self.current_offset
        _emit(_code_instructions(co, self._shift), buf, len(co.co_code),
              bool(dict(findlinestarts(co))), current,
              self.exception_entries)
        return buf.getvalue()


def _test():
    """Disassemble the file named on the command line (or stdin)."""
    if len(sys.argv) > 1 and sys.argv[1] != '-':
        name = sys.argv[1]
        with open(name, 'rb') as f:
            source = f.read()
    else:
        name = '<stdin>'
        source = sys.stdin.read()
    dis(compile(source, name, 'exec'))


if __name__ == '__main__':
    _test()

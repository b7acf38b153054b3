"""traceback: extract, format and print stack traces and exceptions (Krait's own code).

The text produced is CPython 3.11's, byte for byte: frame lines, the caret line under the
failing expression, chained and grouped exceptions, SyntaxError layout and notes.  CPython
finds the operator of a failing binary operation (or the brackets of a subscript) with the
ast module; Krait has none, so _caret_split() reads the segment with a small expression
parser of its own that reports the same node boundaries.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_CAUSE_HEADER = ('\nThe above exception was the direct cause '
                 'of the following exception:\n\n')
_CONTEXT_HEADER = ('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')

# Identical frames shown before collapsing the rest into "[Previous line repeated ...]".
_REPEAT_LIMIT = 3


class _Implicit:
    """Default of the optional value/tb parameters: 'not passed' (None is meaningful)."""

    def __repr__(self):
        return '<implicit>'


_sentinel = _Implicit()


# --- the module-level convenience functions --------------------------------------------

def _out(file):
    return sys.stderr if file is None else file


def print_list(extracted_list, file=None):
    """Print a list of frames (FrameSummary objects or 4-tuples) as a stack trace."""
    file = _out(file)
    for chunk in StackSummary.from_list(extracted_list).format():
        print(chunk, file=file, end='')


def format_list(extracted_list):
    """Format a list of frames (FrameSummary objects or 4-tuples) as strings ready for
    printing, one per frame."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to *limit* entries of traceback *tb* (all when None) to *file*."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The frames of traceback *tb* as a StackSummary, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc, exc.__traceback__


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception, its traceback and (with *chain*) its causes and contexts
    to *file* (default sys.stderr), as the interpreter does for an uncaught one."""
    value, tb = _parse_value_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """What print_exception() would print, as a list of newline-terminated strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: the exception type and message (plus the
    SyntaxError source excerpt and any notes)."""
    if value is _sentinel:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return '<%s %s() failed>' % (what, func.__name__)


def _exc_line(type_label, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return '%s\n' % type_label
    return '%s: %s\n' % (type_label, text)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception()) and its traceback."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return the text as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_value (the last uncaught exception in interactive use)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame *f* (default: the caller) outwards."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """A shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from frame *f* (default: the caller) as a StackSummary, outermost
    frame first."""
    if f is None:
        f = sys._getframe().f_back
    frames = StackSummary.extract(walk_stack(f), limit=limit)
    frames.reverse()
    return frames


def clear_frames(tb):
    """Clear the local variables of every frame in traceback *tb*."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            # The frame is still executing.
            pass
        tb = tb.tb_next


# --- frames --------------------------------------------------------------------------------

class FrameSummary:
    """One frame of a traceback or stack: where it was and, on demand, its source line.

    Compares equal to the 4-tuple (filename, lineno, name, line) and unpacks like one.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        yield self.filename
        yield self.lineno
        yield self.name
        yield self.line

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its whitespace intact (loading it if needed).
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from *f* outwards along f_back (from the caller of the
    caller when *f* is None)."""
    if f is None:
        # This generator, StackSummary.extract's generator, the frame walker, extract,
        # and then whoever called it.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback *tb*, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, but with the (lineno, end_lineno, colno, end_colno) of the
    # instruction that raised.
    while tb is not None:
        lineno, end_lineno, colno, end_colno = _get_code_position(
            tb.tb_frame.f_code, tb.tb_lasti)
        if lineno is None:
            # No position for the instruction: fall back to the traceback's line.
            lineno = tb.tb_lineno
        yield tb.tb_frame, (lineno, end_lineno, colno, end_colno)
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    wanted = instruction_index // 2
    for index, position in enumerate(code.co_positions()):
        if index == wanted:
            return position
    return (None, None, None, None)


def _char_offset(line, byte_offset):
    """The character index in *line* that UTF-8 byte offset *byte_offset* falls at."""
    return len(line.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from an iterable of (frame, lineno) pairs, such as
        walk_stack() or walk_tb() produce."""
        def with_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None and limit < 0:
            # Keep only the last -limit entries.
            frame_gen = list(frame_gen)[limit:]
            limit = None
        entries = iter(frame_gen)
        summary = klass()
        filenames = []
        # Pulled one at a time (not through a helper generator or islice) so that
        # walk_stack(None) sees the same frames above it as in CPython.
        taken = 0
        while limit is None or taken < limit:
            entry = next(entries, None)
            if entry is None:
                break
            taken += 1
            frame, (lineno, end_lineno, colno, end_colno) = entry
            code = frame.f_code
            filename = code.co_filename
            if filename not in filenames:
                filenames.append(filename)
            linecache.lazycache(filename, frame.f_globals)
            summary.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        # Refresh stale cache entries before any line is read.
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or old-style
        (filename, lineno, name, line) tuples."""
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text for one frame: the File line, the source line, the caret line under
        the failing expression when it is narrower than the line, and any locals."""
        fs = frame_summary
        text = ['  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)]
        if fs.line:
            shown = fs.line.strip()
            text.append('    %s\n' % shown)
            carets = _caret_line(fs, shown)
            if carets is not None:
                text.append(carets)
        if fs.locals:
            for name in sorted(fs.locals):
                text.append('    %s = %s\n' % (name, fs.locals[name]))
        return ''.join(text)

    def format(self):
        """The formatted frames, one string per frame (each possibly several lines),
        with runs of more than three identical frames collapsed."""
        result = []
        previous = None
        run = 0
        for fs in self:
            chunk = self.format_frame_summary(fs)
            if chunk is None:
                continue
            where = (fs.filename, fs.lineno, fs.name)
            if previous is None or where != previous or None in previous:
                _note_repeats(result, run)
                previous = where
                run = 0
            run += 1
            if run <= _REPEAT_LIMIT:
                result.append(chunk)
        _note_repeats(result, run)
        return result


def _note_repeats(result, run):
    hidden = run - _REPEAT_LIMIT
    if hidden > 0:
        result.append('  [Previous line repeated %d more time%s]\n'
                      % (hidden, 's' if hidden > 1 else ''))


def _caret_line(fs, shown):
    """The '    ~~~^^^~~~' line for frame *fs*, or None when it would mark the whole line."""
    if fs.colno is None or fs.end_colno is None:
        return None
    source = fs._original_line
    # CPython measures against the raw line (newline and trailing blanks included) with
    # 1-based offsets; the arithmetic below reproduces its columns exactly.
    trimmed = len(source) - len(shown)
    start = _char_offset(source, fs.colno) + 1
    stop = _char_offset(source, fs.end_colno) + 1
    split = None
    if fs.lineno == fs.end_lineno:
        try:
            split = _caret_split(source[start - 1:stop - 1])
        except Exception:
            split = None
    else:
        # Spans several lines: mark to the end of this one.
        stop = trimmed + len(shown)
    width = stop - start
    if width >= len(shown) and not (split and split[1] > split[0]):
        return None
    parts = ['    ', ' ' * (start - trimmed)]
    if split:
        lo, hi = split
        parts.append('~' * lo + '^' * (hi - lo) + '~' * (width - hi))
    else:
        parts.append('^' * width)
    parts.append('\n')
    return ''.join(parts)


# --- finding the operator of the failing expression -----------------------------------------

class _NoParse(Exception):
    pass


_KEYWORDS = frozenset('''False None True and as assert async await break class continue def
    del elif else except finally for from global if import in is lambda nonlocal not or
    pass raise return try while with yield'''.split())

_PUNCTUATION = sorted('''** // << >> <= >= == != -> := += -= *= /= %= &= |= ^= @= **= //= >>=
    <<= ... + - * / % @ & | ^ ~ < > ( ) [ ] { } , : . ; ='''.split(), key=len, reverse=True)

_BINARY_LEVELS = (('|',), ('^',), ('&',), ('<<', '>>'), ('+', '-'), ('*', '/', '//', '%', '@'))
_COMPARISONS = frozenset(['==', '!=', '<', '<=', '>', '>=', 'in', 'is', 'not'])
_STRING_PREFIXES = frozenset(['', 'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'])

def _is_name_char(ch, first):
    if ch.isalpha() or ch == '_':
        return True
    if first:
        return ch > '\x7f' and ch.isidentifier()
    return ch.isdigit() or (ch > '\x7f' and ('a' + ch).isidentifier())


def _number_end(segment, pos):
    """Index just past the numeric literal starting at *pos*."""
    n = len(segment)
    i = pos
    if segment.startswith(('0x', '0X', '0o', '0O', '0b', '0B'), pos):
        i += 2
        while i < n and (segment[i].isalnum() or segment[i] == '_'):
            i += 1
        return i
    while i < n and (segment[i].isdigit() or segment[i] == '_'):
        i += 1
    if i < n and segment[i] == '.':
        i += 1
        while i < n and (segment[i].isdigit() or segment[i] == '_'):
            i += 1
    if i < n and segment[i] in 'eE':
        j = i + 1
        if j < n and segment[j] in '+-':
            j += 1
        if j < n and segment[j].isdigit():
            i = j
            while i < n and (segment[i].isdigit() or segment[i] == '_'):
                i += 1
    if i < n and segment[i] in 'jJ':
        i += 1
    return i


def _scan(segment):
    """Split *segment* into (kind, text, start, end) tokens; kind is 'name', 'number',
    'string' or 'op'.  Raises _NoParse on anything Python's tokenizer would reject."""
    tokens = []
    pos = 0
    n = len(segment)
    while pos < n:
        ch = segment[pos]
        if ch in ' \t\f':
            pos += 1
            continue
        if ch == '#':
            break
        if _is_name_char(ch, True):
            stop = pos + 1
            while stop < n and _is_name_char(segment[stop], False):
                stop += 1
            word = segment[pos:stop]
            if stop < n and segment[stop] in '\'"' and word.lower() in _STRING_PREFIXES:
                stop = _string_end(segment, stop)
                tokens.append(('string', segment[pos:stop], pos, stop))
            else:
                tokens.append(('name', word, pos, stop))
            pos = stop
            continue
        if ch.isdigit() or (ch == '.' and pos + 1 < n and segment[pos + 1].isdigit()):
            stop = _number_end(segment, pos)
            digits = segment[pos:stop].replace('_', '')
            if (len(digits) > 1 and digits[0] == '0' and digits.isdigit()
                    and digits.strip('0')):
                # Leading zeros in a decimal integer are a syntax error.
                raise _NoParse
            tokens.append(('number', segment[pos:stop], pos, stop))
            pos = stop
            continue
        if ch in '\'"':
            stop = _string_end(segment, pos)
            tokens.append(('string', segment[pos:stop], pos, stop))
            pos = stop
            continue
        for punct in _PUNCTUATION:
            if segment.startswith(punct, pos):
                tokens.append(('op', punct, pos, pos + len(punct)))
                pos += len(punct)
                break
        else:
            raise _NoParse
    return tokens


def _string_end(segment, pos):
    """Index just past the string literal whose opening quote is at *pos*."""
    quote = segment[pos]
    delim = quote * 3 if segment.startswith(quote * 3, pos) else quote
    i = pos + len(delim)
    while i < len(segment):
        ch = segment[i]
        if ch == '\\':
            i += 2
            continue
        if segment.startswith(delim, i):
            return i + len(delim)
        if ch == '\n' and len(delim) == 1:
            break
        i += 1
    raise _NoParse


def _node(kind, start, end, a=None, b=None):
    return (kind, start, end, a, b, start, end)


class _ExprReader:
    """Recursive-descent reader of one Python expression statement.

    It only tracks what the caret line needs: each parsed node is a tuple
    (kind, start, end, a, b) with the character span ast would give the node
    (parentheses excluded, except for tuples and generator expressions).  For
    kind 'binop', a and b are the end of the left operand and the start of the right
    one; for 'subscript', the end of the subscripted value and of the slice.
    """

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0
        self.last_end = 0

    # token helpers
    def peek(self, offset=0):
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, *texts):
        tok = self.peek()
        return tok is not None and tok[0] in ('op', 'name') and tok[1] in texts

    def take(self):
        tok = self.peek()
        if tok is None:
            raise _NoParse
        self.i += 1
        self.last_end = tok[3]
        return tok

    def expect(self, text):
        if not self.at(text):
            raise _NoParse
        return self.take()

    # grammar
    def statement(self):
        if self.at('yield'):
            node = self.yield_expr()
        else:
            node = self.star_expressions()
        if self.at(';'):
            self.take()
        if self.peek() is not None:
            raise _NoParse
        return node

    def yield_expr(self):
        start = self.take()[2]
        if self.at('from'):
            self.take()
            value = self.expression()
            return _node('yield', start, value[6])
        if self.starts_expression():
            value = self.star_expressions()
            return _node('yield', start, value[6])
        return _node('yield', start, self.last_end)

    def starts_expression(self):
        tok = self.peek()
        if tok is None:
            return False
        kind, text = tok[0], tok[1]
        if kind == 'op':
            return text in ('(', '[', '{', '-', '+', '~', '*', '...')
        if kind == 'name':
            return text not in _KEYWORDS or text in ('None', 'True', 'False', 'not',
                                                     'lambda', 'await')
        return True

    def star_expressions(self):
        first = self.star_expression()
        if not self.at(','):
            return first
        while self.at(','):
            self.take()
            if not self.starts_expression():
                break
            self.star_expression()
        return _node('tuple', first[5], self.last_end)

    def star_expression(self):
        if self.at('*'):
            start = self.take()[2]
            inner = self.bitwise(0)
            return _node('starred', start, inner[6])
        return self.expression()

    def named_expression(self):
        tok = self.peek()
        nxt = self.peek(1)
        if (tok is not None and tok[0] == 'name' and tok[1] not in _KEYWORDS
                and nxt is not None and nxt[1] == ':='):
            self.take()
            self.take()
            value = self.expression()
            return _node('named', tok[2], value[6])
        return self.expression()

    def expression(self):
        if self.at('lambda'):
            return self.lambda_expr()
        body = self.disjunction()
        if self.at('if'):
            self.take()
            self.disjunction()
            self.expect('else')
            other = self.expression()
            return _node('ifexp', body[5], other[6])
        return body

    def lambda_expr(self):
        start = self.take()[2]
        depth = 0
        while not (depth == 0 and self.at(':')):
            if self.at('='):
                self.take()
                self.expression()
                continue
            tok = self.take()
            if tok[1] in ('(', '[', '{'):
                depth += 1
            elif tok[1] in (')', ']', '}'):
                depth -= 1
        self.take()
        body = self.expression()
        return _node('lambda', start, body[6])

    def disjunction(self):
        node = self.conjunction()
        while self.at('or'):
            self.take()
            right = self.conjunction()
            node = _node('boolop', node[5], right[6])
        return node

    def conjunction(self):
        node = self.inversion()
        while self.at('and'):
            self.take()
            right = self.inversion()
            node = _node('boolop', node[5], right[6])
        return node

    def inversion(self):
        if self.at('not'):
            start = self.take()[2]
            operand = self.inversion()
            return _node('unary', start, operand[6])
        return self.comparison()

    def comparison(self):
        node = self.bitwise(0)
        compared = False
        while self.at(*_COMPARISONS):
            op = self.take()[1]
            if op == 'not':
                self.expect('in')
            elif op == 'is' and self.at('not'):
                self.take()
            right = self.bitwise(0)
            compared = True
            end = right[6]
        if compared:
            return _node('compare', node[5], end)
        return node

    def bitwise(self, level):
        if level == len(_BINARY_LEVELS):
            return self.factor()
        ops = _BINARY_LEVELS[level]
        node = self.bitwise(level + 1)
        while self.peek() is not None and self.peek()[0] == 'op' and self.peek()[1] in ops:
            self.take()
            right = self.bitwise(level + 1)
            node = _node('binop', node[5], right[6], node[2], right[1])
        return node

    def factor(self):
        if self.at('-', '+', '~'):
            start = self.take()[2]
            operand = self.factor()
            return _node('unary', start, operand[6])
        return self.power()

    def power(self):
        if self.at('await'):
            start = self.take()[2]
            inner = self.primary()
            base = _node('await', start, inner[6])
        else:
            base = self.primary()
        if self.at('**'):
            self.take()
            exponent = self.factor()
            return _node('binop', base[5], exponent[6], base[2], exponent[1])
        return base

    def primary(self):
        outer_start = self.peek()[2] if self.peek() is not None else 0
        node = self.atom()
        while True:
            if self.at('.'):
                self.take()
                tok = self.take()
                if tok[0] != 'name' or tok[1] in _KEYWORDS:
                    raise _NoParse
                node = _node('attribute', outer_start, tok[3])
            elif self.at('('):
                self.take()
                self.call_arguments()
                self.expect(')')
                node = _node('call', outer_start, self.last_end)
            elif self.at('['):
                self.take()
                index = self.slices()
                self.expect(']')
                node = _node('subscript', outer_start, self.last_end, node[2], index[2])
            else:
                return node

    def call_arguments(self):
        first = True
        while not self.at(')'):
            if not first:
                self.expect(',')
                if self.at(')'):
                    break
            first = False
            if self.at('*', '**'):
                self.take()
                self.expression()
                continue
            tok = self.peek()
            nxt = self.peek(1)
            if (tok is not None and tok[0] == 'name' and nxt is not None
                    and nxt[1] == '=' and tok[1] not in _KEYWORDS):
                self.take()
                self.take()
                self.expression()
                continue
            self.named_expression()
            if self.at('for', 'async'):
                self.comprehension_clauses()

    def slices(self):
        first = self.slice_item()
        if not self.at(','):
            return first
        while self.at(','):
            self.take()
            if self.at(']'):
                break
            self.slice_item()
        return _node('tuple', first[5], self.last_end)

    def slice_item(self):
        start_tok = self.peek()
        if start_tok is None:
            raise _NoParse
        if self.at('*'):
            return self.star_expression()
        lower = None
        if not self.at(':'):
            lower = self.named_expression()
            if not self.at(':'):
                return lower
        self.take()
        if not self.at(':', ',', ']'):
            self.expression()
        if self.at(':'):
            self.take()
            if not self.at(',', ']'):
                self.expression()
        return _node('slice', start_tok[2], self.last_end)

    def comprehension_clauses(self):
        while self.at('for', 'async'):
            if self.at('async'):
                self.take()
            self.expect('for')
            self.targets()
            self.expect('in')
            self.disjunction()
            while self.at('if'):
                self.take()
                self.disjunction()

    def targets(self):
        while True:
            if self.at('*'):
                self.take()
            self.bitwise(0)
            if not self.at(','):
                return
            self.take()
            if self.at('in'):
                return

    def atom(self):
        tok = self.peek()
        if tok is None:
            raise _NoParse
        kind, text, start, end = tok
        if kind == 'name':
            if text in _KEYWORDS and text not in ('None', 'True', 'False'):
                raise _NoParse
            self.take()
            return _node('name', start, end)
        if kind == 'number':
            self.take()
            return _node('const', start, end)
        if kind == 'string':
            while self.peek() is not None and self.peek()[0] == 'string':
                self.take()
            return _node('const', start, self.last_end)
        if text == '...':
            self.take()
            return _node('const', start, end)
        if text == '(':
            return self.parenthesized()
        if text == '[':
            self.take()
            self.sequence_body(']')
            return _node('list', start, self.last_end)
        if text == '{':
            self.take()
            self.mapping_body()
            return _node('dict', start, self.last_end)
        raise _NoParse

    def parenthesized(self):
        start = self.take()[2]
        if self.at(')'):
            self.take()
            return _node('tuple', start, self.last_end)
        if self.at('yield'):
            inner = self.yield_expr()
            self.expect(')')
            return inner
        first = self.star_expression() if self.at('*') else self.named_expression()
        if self.at('for', 'async'):
            self.comprehension_clauses()
            self.expect(')')
            return _node('genexp', start, self.last_end)
        if self.at(','):
            while self.at(','):
                self.take()
                if self.at(')'):
                    break
                self.star_expression() if self.at('*') else self.named_expression()
            self.expect(')')
            return _node('tuple', start, self.last_end)
        self.expect(')')
        # ast leaves the parentheses out of the node's own span, but its parent
        # spans them.
        return first[:5] + (start, self.last_end)

    def sequence_body(self, closer):
        if self.at(closer):
            self.take()
            return
        self.star_expression() if self.at('*') else self.named_expression()
        if self.at('for', 'async'):
            self.comprehension_clauses()
            self.expect(closer)
            return
        while self.at(','):
            self.take()
            if self.at(closer):
                break
            self.star_expression() if self.at('*') else self.named_expression()
        self.expect(closer)

    def mapping_body(self):
        if self.at('}'):
            self.take()
            return
        if self.at('**'):
            self.take()
            self.bitwise(0)
            is_dict = True
        elif self.at('*'):
            self.star_expression()
            is_dict = False
        else:
            self.named_expression()
            is_dict = self.at(':')
            if is_dict:
                self.take()
                self.expression()
        if self.at('for', 'async'):
            self.comprehension_clauses()
            self.expect('}')
            return
        while self.at(','):
            self.take()
            if self.at('}'):
                break
            if is_dict:
                if self.at('**'):
                    self.take()
                    self.bitwise(0)
                else:
                    self.expression()
                    self.expect(':')
                    self.expression()
            else:
                self.star_expression() if self.at('*') else self.named_expression()
        self.expect('}')


def _caret_split(segment):
    """(lo, hi) of the '^' run inside the '~' carets for a one-line *segment*, or None.

    For a binary operation the '^' marks the operator; for a subscript, the brackets
    and what is between them.  Other expressions get plain carets (None)."""
    try:
        node = _ExprReader(_scan(segment)).statement()
    except (_NoParse, RecursionError):
        return None
    kind = node[0]
    if kind == 'binop':
        left_end, right_start = node[3], node[4]
        between = segment[left_end:right_start]
        gap = len(between) - len(between.lstrip())
        lo = left_end + gap
        hi = lo + 1
        if gap + 1 < len(between) and not between[gap + 1].isspace():
            hi += 1
        return lo, hi
    if kind == 'subscript':
        return node[3], node[4] + 1
    return None


# --- exceptions ------------------------------------------------------------------------------

class _GroupLayout:
    """State shared while formatting nested exception groups: the nesting depth that
    sets the indentation, and whether the closing rule line is still owed."""

    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ('|' if margin_char is None else margin_char) + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(prefix + line for line in text.splitlines(True))


_ExceptionPrintContext = _GroupLayout


def _note_lines(notes):
    from collections.abc import Sequence
    if isinstance(notes, Sequence):
        for note in notes:
            for line in _safe_string(note, 'note').split('\n'):
                yield line + '\n'
    elif notes is not None:
        yield _safe_string(notes, '__notes__', func=repr)


class TracebackException:
    """An exception captured for later rendering: its type, message and traceback (as
    a StackSummary), plus, recursively, its cause, context and group members.

    SyntaxError details are kept as filename, lineno, end_lineno, text, offset,
    end_offset and msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
        if top_level:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = _str_or_none(exc_value.lineno)
            self.end_lineno = _str_or_none(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        if top_level:
            self._capture_related(exc_value, _seen, compact, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth,
                _seen=_seen))

    def _capture_related(self, exc_value, seen, compact, options):
        # Walk the cause/context/group graph with an explicit stack rather than by
        # recursion, so long chains cannot overflow; 'seen' stops cycles.
        def capture(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            report, exc = pending.pop()
            cause = context = members = None
            if exc is not None:
                if exc.__cause__ is not None and id(exc.__cause__) not in seen:
                    cause = capture(exc.__cause__)
                wants_context = (not compact
                                 or (cause is None and not exc.__suppress_context__))
                if (wants_context and exc.__context__ is not None
                        and id(exc.__context__) not in seen):
                    context = capture(exc.__context__)
                if isinstance(exc, BaseExceptionGroup):
                    members = [capture(sub) for sub in exc.exceptions]
            report.__cause__ = cause
            report.__context__ = context
            report.exceptions = members
            if cause:
                pending.append((cause, exc.__cause__))
            if context:
                pending.append((context, exc.__context__))
            if members:
                pending.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exception *exc* (with its own traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_label(self):
        label = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module in ('__main__', 'builtins'):
            return label
        if not isinstance(module, str):
            module = '<unknown>'
        return module + '.' + label

    def format_exception_only(self):
        """Yield the closing lines of the traceback: 'Type: message', the source excerpt
        for a SyntaxError, then any __notes__."""
        if self.exc_type is None:
            yield _exc_line(None, self._str)
            return
        label = self._type_label()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(label)
        else:
            yield _exc_line(label, self._str)
        yield from _note_lines(self.__notes__)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            suffix = ' (%s)' % self.filename
        if self.text is not None:
            line = self.text.rstrip('\n')
            body = line.lstrip(' \n\f')
            dropped = len(line) - len(body)
            yield '    %s\n' % body
            if self.offset is not None:
                start = self.offset
                stop = self.end_offset
                if stop in (None, 0):
                    stop = start
                if stop == start or stop == -1:
                    stop = start + 1
                start -= 1 + dropped
                stop -= 1 + dropped
                if start >= 0:
                    # Keep tabs so the carets line up under the text.
                    pad = ''.join(ch if ch.isspace() else ' ' for ch in body[:start])
                    yield '    %s%s\n' % (pad, '^' * (stop - start))
        yield '%s: %s%s\n' % (stype, self.msg or '<no detail available>', suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the full report as lines (the same text print_exception() writes)."""
        layout = _GroupLayout() if _ctx is None else _ctx
        sequence = []
        current = self
        while current is not None:
            if not chain:
                sequence.append((None, current))
                break
            if current.__cause__ is not None:
                header, following = _CAUSE_HEADER, current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                header, following = _CONTEXT_HEADER, current.__context__
            else:
                header, following = None, None
            sequence.append((header, current))
            current = following
        for header, report in reversed(sequence):
            if header is not None:
                yield from layout.emit(header)
            if report.exceptions is None:
                if report.stack:
                    yield from layout.emit('Traceback (most recent call last):\n')
                    yield from layout.emit(report.stack.format())
                yield from layout.emit(report.format_exception_only())
            elif layout.exception_group_depth > self.max_group_depth:
                yield from layout.emit('... (max_group_depth is %d)\n' % self.max_group_depth)
            else:
                yield from report._format_group(layout, chain)

    def _format_group(self, layout, chain):
        outermost = layout.exception_group_depth == 0
        if outermost:
            layout.exception_group_depth += 1
        if self.stack:
            yield from layout.emit('Exception Group Traceback (most recent call last):\n',
                                   margin_char='+' if outermost else None)
            yield from layout.emit(self.stack.format())
        yield from layout.emit(self.format_exception_only())
        total = len(self.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        layout.need_close = False
        for index in range(shown):
            is_last = index == shown - 1
            if is_last:
                # A nested group printed below may draw the closing rule itself.
                layout.need_close = True
            elided = width is not None and index >= width
            title = '...' if elided else str(index + 1)
            yield '%s%s+---------------- %s ----------------\n' % (
                layout.indent(), '+-' if index == 0 else '  ', title)
            layout.exception_group_depth += 1
            if elided:
                rest = total - width
                yield from layout.emit('and %d more exception%s\n'
                                       % (rest, 's' if rest > 1 else ''))
            else:
                yield from self.exceptions[index].format(chain=chain, _ctx=layout)
            if is_last and layout.need_close:
                yield layout.indent() + '+------------------------------------\n'
                layout.need_close = False
            layout.exception_group_depth -= 1
        if outermost:
            layout.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Write the report to *file* (default sys.stderr)."""
        file = _out(file)
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _str_or_none(value):
    return None if value is None else str(value)

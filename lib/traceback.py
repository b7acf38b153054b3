"""traceback: extract, format and print exceptions and stack traces; mirrors CPython 3.11's Lib/traceback.py.

The carets under a failing expression come from code.co_positions().  CPython's
version parses the failing segment with the ast module to find the operator of
a binary operation or the brackets of a subscript; this one finds them with a
small tokenizer (see _caret_anchors).
"""

import sys
import linecache
import itertools
import builtins

_BaseExceptionGroup = getattr(builtins, 'BaseExceptionGroup', ())

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


#
# Formatting and printing lists of traceback lines.
#

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


#
# Printing and Extracting Tracebacks.
#

def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed entries from traceback."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


#
# Exception formatting and output.
#

_cause_message = (
    '\nThe above exception was the direct cause '
    'of the following exception:\n\n')

_context_message = (
    '\nDuring handling of the above exception, '
    'another exception occurred:\n\n')


class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__

            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = '%s\n' % etype
    else:
        line = '%s: %s\n' % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


#
# Printing and Extracting Stacks.
#

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        """Construct a FrameSummary."""
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its whitespace, for locating the carets.
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
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with the full (line, end line, column, end column) position.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno, ) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions_gen = code.co_positions()
    # tb_lasti is a byte offset; entry n of co_positions() is the instruction at 2*n.
    return next(itertools.islice(positions_gen, instruction_index // 2, None))


# Repeats of one frame beyond this many are summarized in one line.
_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # extract() for frames paired with full positions.
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                from collections import deque
                frame_gen = deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name

            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            if capture_locals:
                f_locals = f.f_locals
            else:
                f_locals = None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        # Lines are read only after checkcache has dropped stale files.
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of FrameSummary objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))

            orig_line_len = len(frame_summary._original_line)
            frame_line_len = len(frame_summary.line.lstrip())
            stripped_characters = orig_line_len - frame_line_len
            if (
                frame_summary.colno is not None
                and frame_summary.end_colno is not None
            ):
                start_offset = _byte_offset_to_character_offset(
                    frame_summary._original_line, frame_summary.colno) + 1
                end_offset = _byte_offset_to_character_offset(
                    frame_summary._original_line, frame_summary.end_colno) + 1

                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _caret_anchors(
                            frame_summary._original_line[start_offset - 1:end_offset - 1])
                    except Exception:
                        anchors = None
                else:
                    end_offset = stripped_characters + len(stripped_line)

                # Carets appear only when they do not cover the whole line.
                if end_offset - start_offset < len(stripped_line) or (
                        anchors and anchors[1] - anchors[0] > 0):
                    row.append('    ')
                    row.append(' ' * (start_offset - stripped_characters))

                    if anchors:
                        left_end, right_start = anchors
                        row.append('~' * left_end)
                        row.append('^' * (right_start - left_end))
                        row.append('~' * (end_offset - start_offset - right_start))
                    else:
                        row.append('^' * (end_offset - start_offset))

                    row.append('\n')

        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))

        return ''.join(row)

    def format(self):
        """Format the stack ready for printing."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)

        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode('utf-8', errors='replace'))


################################################################################
### Caret anchors: where the operator of a binary operation, or the brackets
### of a subscript, lie within the failing expression.
################################################################################

_OPENERS = {'(': ')', '[': ']', '{': '}'}
_CLOSERS = frozenset(')]}')
# Two- and three-character operators, longest first.
_LONG_OPS = ('**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>',
             '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
             '@=')
_BINARY_LEVELS = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
                  '*': 6, '@': 6, '/': 6, '//': 6, '%': 6, '**': 8}
_UNARY_LEVEL = 7
# Top-level tokens that make the expression something other than a binary
# operation or a subscript (or not a lone expression at all).
_LOW_PRECEDENCE = frozenset([
    ',', '=', ':', ':=', ';', '<', '>', '<=', '>=', '==', '!=', 'if', 'else', 'or',
    'and', 'not', 'in', 'is', 'lambda', 'yield', 'for', 'async', 'await', 'import',
    'from', 'del', 'pass', 'return', 'raise', 'global', 'nonlocal', 'assert',
    'while', 'with', 'def', 'class', 'try', 'except', 'finally', 'elif', 'break',
    'continue', 'as', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=',
    '>>=', '<<=', '**=', '->', '...'])
_STRING_PREFIX_CHARS = frozenset('rRbBuUfF')
_NAME_KEYWORD_ATOMS = frozenset(['True', 'False', 'None'])


def _tokenize_segment(segment):
    """Splits an expression into (kind, text, start, end) tokens, kind being 'name', 'number', 'string' or 'op'."""
    tokens = []
    i = 0
    n = len(segment)
    while i < n:
        c = segment[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '\\' and i + 1 < n and segment[i + 1] == '\n':
            i += 2
            continue
        if c == '#':
            break
        if c in '\r\n':
            i += 1
            continue
        start = i
        if c.isidentifier() or c == '_':
            j = i + 1
            while j < n and (segment[j].isidentifier() or segment[j].isdigit() or
                             segment[j] == '_' or ('a' + segment[j]).isidentifier()):
                j += 1
            word = segment[i:j]
            if j < n and segment[j] in '\'"' and len(word) <= 3 and \
                    all(ch in _STRING_PREFIX_CHARS for ch in word):
                i = j
                j = _string_end(segment, j)
                tokens.append(('string', segment[start:j], start, j))
                i = j
                continue
            tokens.append(('name', word, start, j))
            i = j
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and segment[i + 1].isdigit()):
            j = i + 1
            while j < n and (segment[j].isalnum() or segment[j] in '._' or
                             (segment[j] in '+-' and segment[j - 1] in 'eE' and
                              not segment[start:j].lower().startswith('0x'))):
                j += 1
            tokens.append(('number', segment[start:j], start, j))
            i = j
            continue
        if c in '\'"':
            j = _string_end(segment, i)
            tokens.append(('string', segment[start:j], start, j))
            i = j
            continue
        for op in _LONG_OPS:
            if segment.startswith(op, i):
                tokens.append(('op', op, i, i + len(op)))
                i += len(op)
                break
        else:
            if c in '()[]{}+-*/%@&|^~<>=.,:;!':
                tokens.append(('op', c, i, i + 1))
                i += 1
            else:
                raise ValueError('unexpected character')
    return tokens


def _string_end(segment, i):
    quote = segment[i]
    triple = segment.startswith(quote * 3, i)
    if triple:
        end = segment.find(quote * 3, i + 3)
        while end >= 0 and _escaped(segment, end):
            end = segment.find(quote * 3, end + 1)
        if end < 0:
            raise ValueError('unterminated string')
        return end + 3
    j = i + 1
    n = len(segment)
    while j < n:
        ch = segment[j]
        if ch == '\\':
            j += 2
            continue
        if ch == quote:
            return j + 1
        if ch == '\n':
            break
        j += 1
    raise ValueError('unterminated string')


def _escaped(segment, i):
    backslashes = 0
    while i > 0 and segment[i - 1] == '\\':
        backslashes += 1
        i -= 1
    return backslashes % 2 == 1


def _match_brackets(tokens):
    """Maps the index of each opening bracket token to its closing one."""
    pairs = {}
    stack = []
    for index, token in enumerate(tokens):
        text = token[1]
        if token[0] != 'op':
            continue
        if text in _OPENERS:
            stack.append(index)
        elif text in _CLOSERS:
            if not stack or _OPENERS[tokens[stack[-1]][1]] != text:
                raise ValueError('unbalanced brackets')
            pairs[stack.pop()] = index
    if stack:
        raise ValueError('unbalanced brackets')
    return pairs


def _ends_atom(token):
    kind, text = token[0], token[1]
    if kind in ('number', 'string'):
        return True
    if kind == 'name':
        return text in _NAME_KEYWORD_ATOMS or not _is_keyword(text)
    return text in _CLOSERS


def _is_keyword(word):
    import keyword
    return keyword.iskeyword(word)


def _node_span(tokens, pairs, lo, hi):
    """The (start, end) character span of the expression node made of tokens[lo:hi], without parentheses that only group it."""
    while (hi - lo >= 3 and tokens[lo][1] == '(' and pairs.get(lo) == hi - 1):
        inner_lo, inner_hi = lo + 1, hi - 1
        # A parenthesized tuple or generator expression keeps its parentheses.
        depth_tokens = _top_level(tokens, pairs, inner_lo, inner_hi)
        if any(tokens[k][1] in (',', 'for') and tokens[k][0] in ('op', 'name')
               for k in depth_tokens):
            break
        lo, hi = inner_lo, inner_hi
    return tokens[lo][2], tokens[hi - 1][3]


def _top_level(tokens, pairs, lo, hi):
    """Indices of the tokens in tokens[lo:hi] outside any bracket."""
    result = []
    k = lo
    while k < hi:
        result.append(k)
        if k in pairs:
            k = pairs[k]
            result.append(k)
        k += 1
    return result


def _caret_anchors(segment):
    """(left_end, right_start) for the carets under segment, or None: the operator of a binary operation or the brackets of a subscript get '^', the rest '~'."""
    tokens = _tokenize_segment(segment)
    if not tokens:
        return None
    pairs = _match_brackets(tokens)
    top = _top_level(tokens, pairs, 0, len(tokens))
    for k in top:
        kind, text = tokens[k][0], tokens[k][1]
        if (kind == 'op' or kind == 'name') and text in _LOW_PRECEDENCE:
            return None
    # Binary operators at top level: an operator is binary when what precedes
    # it ends an operand.
    best = None
    best_level = None
    for position, k in enumerate(top):
        token = tokens[k]
        if token[0] != 'op' or token[1] not in _BINARY_LEVELS:
            continue
        if position == 0 or not _ends_atom(tokens[top[position - 1]]):
            continue            # unary + or -
        level = _BINARY_LEVELS[token[1]]
        if best_level is None or level < best_level or (level == best_level and level != 8):
            best, best_level = k, level
    if best is not None:
        starts_unary = tokens[0][0] == 'op' and tokens[0][1] in ('-', '+', '~')
        if starts_unary and best_level > _UNARY_LEVEL:
            return None         # -a ** b is a unary operation
        return _binop_anchors(segment, tokens, pairs, best)
    if tokens[0][0] == 'op' and tokens[0][1] in ('-', '+', '~'):
        return None
    last = len(tokens) - 1
    if tokens[last][1] != ']' or tokens[last][0] != 'op':
        return None
    opener = None
    for k, closer in pairs.items():
        if closer == last:
            opener = k
    if opener is None or opener == 0 or not _ends_atom(tokens[opener - 1]):
        return None
    return _subscript_anchors(segment, tokens, opener, last)


def _utf8_len(text):
    return len(text.encode('utf-8'))


def _binop_anchors(segment, tokens, pairs, op_index):
    # Follows CPython 3.11's traceback._extract_caret_anchors_from_line_segment,
    # which works in UTF-8 byte offsets from the ast and indexes the string with them.
    def normalize(offset):
        return _byte_offset_to_character_offset(segment, offset)

    left_end_char = _node_span(tokens, pairs, 0, op_index)[1]
    right_start_char = _node_span(tokens, pairs, op_index + 1, len(tokens))[0]
    left_end = _utf8_len(segment[:left_end_char])
    right_start = _utf8_len(segment[:right_start_char])
    operator_start = normalize(left_end)
    operator_end = normalize(right_start)
    operator_str = segment[operator_start:operator_end]
    operator_offset = len(operator_str) - len(operator_str.lstrip())

    left_anchor = left_end + operator_offset
    right_anchor = left_anchor + 1
    if (operator_offset + 1 < len(operator_str)
            and not operator_str[operator_offset + 1].isspace()):
        right_anchor += 1

    while left_anchor < len(segment) and ((ch := segment[left_anchor]).isspace() or ch in ')#'):
        left_anchor += 1
        right_anchor += 1
    return normalize(left_anchor), normalize(right_anchor)


def _subscript_anchors(segment, tokens, opener, closer):
    left_anchor = tokens[opener][2]
    right_anchor = tokens[closer][3]
    return left_anchor, right_anchor


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '

        if isinstance(text_gen, str):
            yield _indent(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent(text, indent_str)


def _indent(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # Chained exceptions become TracebackExceptions too, found with a
        # queue rather than recursion; _seen guards against cycles.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e and e.__cause__ is not None
                        and id(e.__cause__) not in _seen):
                    cause = TracebackException(
                        type(e.__cause__),
                        e.__cause__,
                        e.__cause__.__traceback__,
                        limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth,
                        _seen=_seen)
                else:
                    cause = None

                if compact:
                    need_context = (cause is None and
                                    e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e and e.__context__ is not None
                        and need_context and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__),
                        e.__context__,
                        e.__context__.__traceback__,
                        limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth,
                        _seen=_seen)
                else:
                    context = None

                if e and isinstance(e, _BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        texc = TracebackException(
                            type(exc),
                            exc,
                            exc.__traceback__,
                            limit=limit,
                            lookup_lines=lookup_lines,
                            capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth,
                            _seen=_seen)
                        exceptions.append(texc)
                else:
                    exceptions = None

                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        """Private API. force all lines in the stack to be loaded."""
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)) or _is_sequence(self.__notes__):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        """Format SyntaxError exceptions (internal helper)."""
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)

            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1

                # Offsets are 1-based and count the stripped indentation.
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs stay tabs so that the carets line up.
                    caretspace = ((c if c.isspace() else ' ') for c in ltext[:colno])
                    yield '    {}{}\n'.format(''.join(caretspace), ('^' * (end_colno - colno)))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception."""

        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None

                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                is_toplevel = (_ctx.exception_group_depth == 0)
                if is_toplevel:
                    _ctx.exception_group_depth += 1

                if exc.stack:
                    yield from _ctx.emit(
                        'Exception Group Traceback (most recent call last):\n',
                        margin_char='+' if is_toplevel else None)
                    yield from _ctx.emit(exc.stack.format())

                yield from _ctx.emit(exc.format_exception_only())
                num_excs = len(exc.exceptions)
                if num_excs <= self.max_group_width:
                    n = num_excs
                else:
                    n = self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last_exc = (i == n - 1)
                    if last_exc:
                        _ctx.need_close = True

                    if self.max_group_width is not None:
                        truncated = (i >= self.max_group_width)
                    else:
                        truncated = False
                    title = f'{i + 1}' if not truncated else '...'
                    yield (_ctx.indent() +
                           ('+-' if i == 0 else '  ') +
                           f'+---------------- {title} ----------------\n')
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        remaining = num_excs - self.max_group_width
                        plural = 's' if remaining > 1 else ''
                        yield from _ctx.emit(
                            f'and {remaining} more exception{plural}\n')

                    if last_exc and _ctx.need_close:
                        yield (_ctx.indent() +
                               '+------------------------------------\n')
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1

                if is_toplevel:
                    assert _ctx.exception_group_depth == 1
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _is_sequence(value):
    from collections.abc import Sequence
    return isinstance(value, Sequence)

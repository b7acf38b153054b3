"""textwrap: wrap and fill paragraphs, shorten, dedent and indent text.

Splitting text into words is done by hand-written scanners; the regular
expressions CPython documents as TextWrapper.wordsep_re and friends are
compiled (with re) only when someone asks for them, and a subclass that
replaces one of them gets its own pattern used.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace TextWrapper knows about; other Unicode spaces are not
# word separators here.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(ch):
    # \w of a str pattern
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


def _dash_run(text, pos):
    """Length of the run of '-' starting at pos."""
    end = pos
    while end < len(text) and text[end] == '-':
        end += 1
    return end - pos


def _em_dash_at(text, pos):
    """True if text[pos:] is two or more dashes followed by a word character."""
    run = _dash_run(text, pos)
    after = pos + run
    return run >= 2 and after < len(text) and _is_word(text[after])


def _letter_at(text, pos):
    return 0 <= pos < len(text) and _is_letter(text[pos])


def _hyphen_breaks_after(text, pos):
    """Whether the '-' at pos joins two parts of a compound word, so that a
    line may break right after it: it follows two letters (or a
    letter-dash-letter) and precedes a letter, an optional dash and a
    letter."""
    before = ((_letter_at(text, pos - 2) and _letter_at(text, pos - 1))
              or (_letter_at(text, pos - 3) and text[pos - 2] == '-'
                  and _letter_at(text, pos - 1)))
    if not before or not _letter_at(text, pos + 1):
        return False
    if _letter_at(text, pos + 2):
        return True
    return pos + 2 < len(text) and text[pos + 2] == '-' and _letter_at(text, pos + 3)


def _split_words(text):
    """Chunks for break_on_hyphens: whitespace runs, em-dashes between words,
    and words cut after the hyphens of compound words."""
    chunks = []
    n = len(text)
    start = 0
    while start < n:
        ch = text[start]
        if ch in _whitespace:
            end = start + 1
            while end < n and text[end] in _whitespace:
                end += 1
        elif ch == '-' and start and _is_word_punct(text[start - 1]) and _em_dash_at(text, start):
            end = start + _dash_run(text, start)
        else:
            # Grow the word one character at a time and stop at the first
            # place where it may end.
            end = start + 1
            while True:
                if end < n and text[end] == '-' and _hyphen_breaks_after(text, end):
                    end += 1
                    break
                if end == n or text[end] in _whitespace:
                    break
                if _is_word_punct(text[end - 1]) and _em_dash_at(text, end):
                    break
                end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _split_simple(text):
    """Chunks without hyphen handling: alternating runs of whitespace and of
    everything else."""
    chunks = []
    start = 0
    n = len(text)
    while start < n:
        blank = text[start] in _whitespace
        end = start + 1
        while end < n and (text[end] in _whitespace) == blank:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then at most one quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


def _build_pattern(name):
    import re
    ws = '[%s]' % re.escape(_whitespace)
    if name == 'sentence_end_re':
        return re.compile(r'[a-z]'         # lowercase letter
                          r'[\.\!\?]'      # sentence-ending punctuation,
                          r'[\"\']?'       # maybe a closing quote
                          r'\Z')           # at the end of the chunk
    if name == 'wordsep_simple_re':
        return re.compile(r'(%s+)' % ws)
    letter = r'[^\d\W]'
    punct = r'[\w!"\'&.,?]'
    return re.compile(r'''
        ( %(ws)s+                                  # a whitespace run
        | (?<=%(p)s) -{2,} (?=\w)                  # an em-dash between words
        | [^%(wsc)s]+? (?:                         # a word ending ...
              -(?: (?<=%(l)s{2}-) | (?<=%(l)s-%(l)s-) )
              (?= %(l)s -? %(l)s )                 # ... in a compound's hyphen
            | (?= %(ws)s | \Z )                    # ... before whitespace or the end
            | (?<=%(p)s) (?= -{2,}\w )             # ... before an em-dash
          )
        )''' % {'ws': ws, 'wsc': ws[1:-1], 'p': punct, 'l': letter}, re.VERBOSE)


class _Pattern:
    """Class attribute compiled on first access (importing re only then)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        compiled = _build_pattern(self.name)
        _default_patterns[self.name] = compiled
        setattr(TextWrapper, self.name, compiled)
        return compiled


class TextWrapper:
    """
    Wraps and fills text.  wrap() and fill() are the public interface; the
    underscore methods are the steps a subclass may override to change the
    behaviour (_wrap_chunks() is the line-filling algorithm itself).

    Attributes (all settable after construction):
      width (70): the longest a line may be, indent included.
      initial_indent (''): prefix of the first line.
      subsequent_indent (''): prefix of every other line.
      expand_tabs (True): expand tabs to columns of tabsize (8) first.
      replace_whitespace (True): then turn each whitespace character into a
        space (with expand_tabs off, a tab becomes one space).
      fix_sentence_endings (False): put two spaces after a sentence end.
      break_long_words (True): cut words longer than width.
      break_on_hyphens (True): allow breaks after hyphens of compound words.
      drop_whitespace (True): drop whitespace at the start and end of lines.
      max_lines (None): keep at most this many lines, the last one ending
        in placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _Pattern()
    wordsep_simple_re = _Pattern()
    sentence_end_re = _Pattern()

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _own_pattern(self, name):
        """The pattern a subclass or instance put in place of ours, or None."""
        found = self.__dict__.get(name)
        if found is None:
            for klass in type(self).__mro__:
                if name in klass.__dict__:
                    found = klass.__dict__[name]
                    break
        if found is None or isinstance(found, _Pattern) or found is _default_patterns.get(name):
            return None
        return found

    # -- the steps of wrap()

    def _munge_whitespace(self, text):
        """Expand tabs and turn whitespace into spaces, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Cut text into the pieces lines are made of: words (compound words
        possibly in parts, see break_on_hyphens) and whitespace runs."""
        name = 'wordsep_re' if self.break_on_hyphens is True else 'wordsep_simple_re'
        custom = self._own_pattern(name)
        if custom is not None:
            return [piece for piece in custom.split(text) if piece]
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Widen to two spaces each single space that follows the end of a
        sentence (chunks is changed in place)."""
        custom = self._own_pattern('sentence_end_re')
        ends = _ends_sentence if custom is None else custom.search
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and ends(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the chunk at the end of reversed_chunks, too long for any
        line: put as much of it as fits on cur_line (preferring to cut after
        a hyphen), or, when words may not be broken, the whole chunk on a
        line of its own."""
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines no longer than width (except for
        unbreakable words) and return them; chunks is consumed."""
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width)
        limit = self.max_lines
        placeholder = self.placeholder
        if limit is not None:
            last_indent = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(last_indent) + len(placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        pending = chunks
        pending.reverse()           # pop() from the end takes the next chunk
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            if drop and lines and pending[-1].strip() == '':
                # No leading whitespace except on the first line.
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            if drop and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (drop and len(pending) == 1
                                            and not pending[0].strip())
            if (limit is None or len(lines) + 1 < limit
                    or (rest_is_blank and used <= room)):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            self._truncate(lines, line, used, room, indent)
            break
        return lines

    def _truncate(self, lines, line, used, room, indent):
        placeholder = self.placeholder
        while line:
            if line[-1].strip() and used + len(placeholder) <= room:
                lines.append(indent + ''.join(line) + placeholder)
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface

    def wrap(self, text):
        """Wrap the paragraph text into a list of lines (without newlines),
        each at most width characters long."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text and return it as one string, lines
        separated by newlines."""
        return "\n".join(self.wrap(text))


_default_patterns = {}


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text into lines of at most width columns; returns
    the list of lines.  Keyword arguments are TextWrapper attributes."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but return one string with the lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and, if it is still longer than width,
    cut it at a word boundary and add the placeholder:

        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _indent_of(line):
    """The leading spaces and tabs of line, or None for a line that is blank
    (only spaces and tabs) or empty."""
    body = line.lstrip(' \t')
    if not body:
        return None
    return line[:len(line) - len(body)]


def dedent(text):
    """Remove the leading whitespace common to all lines of text.

    Spaces and tabs both count as whitespace but never match each other.
    Lines made only of spaces and tabs come back empty.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        lead = _indent_of(line)
        if lead is None:
            lines[i] = ''
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line) is
    true; by default, of every line that is not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

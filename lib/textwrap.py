"""textwrap: wrapping and filling of text; mirrors CPython's Lib/textwrap.py.

Splitting text into words uses the re module, imported on first use.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace: Unicode spaces such as U+00A0 must not break lines.
_whitespace = '\t\n\x0b\x0c\r '


class _LazyRegex:
    """A class attribute holding a regular expression compiled on first access."""

    def __init__(self, build):
        self.build = build
        self.compiled = None

    def __get__(self, instance, owner):
        if self.compiled is None:
            self.compiled = self.build()
        return self.compiled


def _build_wordsep():
    import re
    ws = '[%s]' % re.escape(_whitespace)
    nws = '[^%s]' % re.escape(_whitespace)
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    # A chunk is a run of whitespace, an em-dash (two or more hyphens) between
    # words, or a word that may end just after a hyphen between letters.
    pattern = r'''
        ( {ws}+
        | (?<={wp}) -{{2,}} (?=\w)
        | {nws}+? (?:
              -(?: (?<={lt}{{2}}-) | (?<={lt}-{lt}-))
               (?= {lt} -? {lt})
            | (?={ws}|\Z)
            | (?<={wp}) (?=-{{2,}}\w)
            )
        )'''.format(ws=ws, nws=nws, wp=word_punct, lt=letter)
    return re.compile(pattern, re.VERBOSE)


def _build_wordsep_simple():
    import re
    return re.compile(r'([%s]+)' % re.escape(_whitespace))


def _build_sentence_end():
    import re
    return re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper:
    """Object for wrapping/filling text: wrap() and fill() use the attributes set by the constructor."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _LazyRegex(_build_wordsep)
    wordsep_simple_re = _LazyRegex(_build_wordsep_simple)
    sentence_end_re = _LazyRegex(_build_sentence_end)

    def __init__(self,
                 width=70,
                 initial_indent='',
                 subsequent_indent='',
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

    # -- Private methods -----------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks: words and runs of whitespace."""
        if self.break_on_hyphens is True:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        chunks = [c for c in chunks if c]
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make sentence-ending punctuation be followed by two spaces."""
        i = 0
        patsearch = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and patsearch(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Place (part of) a chunk too long to fit in any line."""
        # At least one character goes on each line, however narrow.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break just after the last hyphen that fits, unless
                # the word is only hyphens up to there.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]

        elif not cur_line:
            # An unbreakable word goes alone on its own, too long, line.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks into lines of at most self.width columns."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        # Chunks are consumed from the end of the reversed list.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            # Whitespace at the start of a line other than the first is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # So is whitespace at the end of any line.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder,
                    # dropping chunks until the placeholder fits.
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """Reformat the single paragraph in 'text' into a list of lines of at most self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' into one string of lines of at most self.width columns."""
        return '\n'.join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            # Lines of only spaces and tabs become empty and do not count.
            lines[index] = ''
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            for i, (x, y) in enumerate(zip(margin, blanks)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())

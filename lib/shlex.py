"""shlex: a lexer for shell-like mini-languages, plus split/quote/join helpers."""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_SHELL_PUNCTUATION = '();<>|&'
# States of the scanner besides whitespace (' '), inside a quote (the quote
# character) and after an escape (the escape character).
_WORD = 'a'
_PUNCT = 'c'


class _Scan:
    """Per-token scanner state: whether a quote was seen (POSIX mode returns
    '' for an empty quoted token) and the state an escape interrupted."""

    __slots__ = ('quoted', 'resume')

    def __init__(self):
        self.quoted = False
        self.resume = ' '


class shlex:
    """Tokenizer for shell-like syntaxes, reading from a string or a stream."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)  # strings are read like files
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past the end of a punctuation run come back here.
            self._pushback_chars = deque()
            dropped = set(punctuation_chars)
            self.wordchars = ''.join(ch for ch in self.wordchars + '~-./*?='
                                     if ch not in dropped)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def _say(self, level, message):
        # Debug trace; level 0 means any nonzero debug setting.
        if (self.debug >= level) if level else self.debug:
            print("shlex: " + message)

    # -- token and source stacks

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        self._say(1, "pushing token %r" % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it is exhausted."""
        saved = (self.infile, self.instream, self.lineno)
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft(saved)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                self._say(0, 'pushing to stream %s' % (newstream,))
            else:
                self._say(0, 'pushing to file %s' % (newfile,))

    def pop_source(self):
        """Close the current input and resume the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            self._say(0, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """Return the next token: a pushed-back one first, else one read from input."""
        if self.pushback:
            tok = self.pushback.popleft()
            self._say(1, "popping token %r" % (tok,))
            return tok
        raw = self.read_token()
        if self.source is not None and raw == self.source:
            # `source FILE` lines switch input to FILE until it runs out.
            while raw == self.source:
                opened = self.sourcehook(self.read_token())
                if opened:
                    name, stream = opened
                    self.push_source(stream, name)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            self._say(1, "token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    # -- the scanner

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        # Each step handles one character in the current state and answers
        # whether the token is finished.
        scan = _Scan()
        while True:
            ch = self._next_char()
            state = self.state
            if self.debug >= 3:
                self._say(3, "in state %r I see character: %r" % (state, ch))
            if state is None:
                self.token = ''
                break
            if state == ' ':
                step = self._in_space
            elif state in self.quotes:
                step = self._in_quotes
            elif state in self.escape:
                step = self._in_escape
            elif state == _WORD or state == _PUNCT:
                step = self._in_word
            else:
                continue
            if step(ch, scan):
                break
        result, self.token = self.token, ''
        if result == '' and self.posix and not scan.quoted:
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def _have_token(self, scan):
        return bool(self.token) or (self.posix and scan.quoted)

    def _in_space(self, ch, scan):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._say(2, "I see whitespace in whitespace state")
            return self._have_token(scan)
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            scan.resume = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, _WORD
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            # A lone character that belongs to no class is a token of its own.
            self.token = ch
            return self._have_token(scan)
        return False

    def _in_quotes(self, ch, scan):
        scan.quoted = True
        if not ch:
            self._say(2, "I see EOF in quotes state")
            raise ValueError("No closing quotation")
        quote = self.state
        if ch == quote:
            if self.posix:
                self.state = _WORD
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            scan.resume = quote
            self.state = ch
        else:
            self.token += ch
        return False

    def _in_escape(self, ch, scan):
        if not ch:
            self._say(2, "I see EOF in escape state")
            raise ValueError("No escaped character")
        back = scan.resume
        # Inside quotes the escape only works before the quote or itself.
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _end_word(self, scan):
        self.state = ' '
        return self._have_token(scan)

    def _in_word(self, ch, scan):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._say(2, "I see whitespace in word state")
            return self._end_word(scan)
        if ch in self.commenters:
            self._skip_comment()
            # Outside POSIX mode a comment does not end the word.
            return self._end_word(scan) if self.posix else False
        if self.state == _PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            scan.resume = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # The character starts the next token: give it back.
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self._say(2, "I see punctuation in word state")
            return self._end_word(scan)
        return False

    # -- file inclusion, diagnostics, iteration

    def sourcehook(self, newfile):
        """Open the file named after the `source` keyword: (name, stream)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # A relative name is taken relative to the file being read.
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(here), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        """Return a '"file", line N: ' prefix for error messages."""
        name = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (name, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split s into words as a POSIX shell would (comments kept only if asked)."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning,
                      stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Quote each argument and join them with spaces into a command line."""
    return ' '.join(map(quote, split_command))


_SAFE = frozenset(_ASCII_WORD + '@%+=:,./-')


def quote(s):
    """Quote s so that a POSIX shell reads it back as one literal word."""
    if not s:
        return "''"
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(s).__name__)
    if all(ch in _SAFE for ch in s):
        return s
    # Single quotes protect everything but a single quote, which is closed,
    # given in double quotes, and reopened.
    return "'%s'" % s.replace("'", "'\"'\"'")

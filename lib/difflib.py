"""Helpers for computing deltas between sequences: SequenceMatcher, Differ and the
unified/context diff formats.

Krait's own implementation of the Ratcliff/Obershelp-style matcher that CPython documents:
the longest matching block is found first (earliest in a, then earliest in b, for equal
sizes), junk elements of b never start a match, and with autojunk the elements of a long b
that occur in more than 1% of it are treated as popular (ignored as anchors).
"""

from collections import namedtuple as _namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the cached information about b is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence and index it."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each useful element of b to the ascending list of its positions.
        b = self.b
        positions = {}
        for j, elt in enumerate(b):
            where = positions.get(elt)
            if where is None:
                positions[elt] = [j]
            else:
                where.append(j)
        junk = set()
        if self.isjunk is not None:
            for elt in list(positions):
                if self.isjunk(elt):
                    junk.add(elt)
                    del positions[elt]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            threshold = size // 100 + 1
            for elt in [e for e, where in positions.items() if len(where) > threshold]:
                popular.add(elt)
                del positions[elt]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Return Match(i, j, k): the longest block a[i:i+k] == b[j:j+k] inside the
        given ranges; among the longest, the one starting first in a, then in b."""
        a, b, b2j = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run_ending[j] = length of the match ending at a[i-1], b[j].
        run_ending = {}
        for i in range(alo, ahi):
            current = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_ending.get(j - 1, 0) + 1
                current[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run_ending = current

        # Grow the block over equal popular elements, then over equal junk, on both
        # sides (junk may extend a match but never begin one).
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Return the list of Match triples describing matching subsequences, in
        increasing order, ending with the dummy Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = block = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(block)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
                continue
            if cur_k:
                merged.append(Match(cur_i, cur_j, cur_k))
            cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append(Match(cur_i, cur_j, cur_k))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return (tag, i1, i2, j1, j2) tuples turning a into b; tags are
        'replace', 'delete', 'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                ops.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around changes."""
        # Like CPython, the ends are trimmed in the cached opcode list itself.
        ops = self.get_opcodes()
        if not ops:
            ops = [("equal", 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = ops[0]
        if tag == 'equal':
            ops[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = ops[-1]
        if tag == 'equal':
            ops[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched elements, T total elements."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from element counts only."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            remaining = left.get(elt, 0)
            if remaining > 0:
                matched += 1
                left[elt] = remaining - 1
        return _ratio_of(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths only."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities that are close enough to word, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff):
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    import heapq
    return [candidate for score, candidate in heapq.nlargest(n, scored)]


def _mark_whitespace(line, marks):
    # Keep tabs and other whitespace of the original under unmarked columns, so that
    # the '?' guide line stays aligned.
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if mark == " " and ch.isspace() else mark)
    return "".join(out)


class Differ:
    """Produce human-readable deltas between sequences of lines, marking each line
    with '- ', '+ ', '  ' or a '? ' guide to intraline changes."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning sequence a into sequence b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first: this reads better for mostly unrelated lines.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the most similar lines (ratio above 0.75) and show their intraline
        # differences; recurse on both sides of the pair.
        best = 0.74
        best_i = best_j = None
        same_i = same_j = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(aline)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < 0.75:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False

        yield from self._between(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._between(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _mark_whitespace(aline, atags).rstrip()
        btags = _mark_whitespace(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only a '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    length = stop - start
    if length == 1:
        return '%d' % (start + 1)
    if not length:
        return '%d,0' % start
    return '%d,%d' % (start + 1, length)


def _context_range(start, stop):
    length = stop - start
    first = start + 1 if length else start
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _require_str(a, b, *names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff turning a into b, with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_range(group[0][1], group[-1][2]),
                                   _unified_range(group[0][3], group[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff turning a into b, with n lines of context."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(group[0][1], group[-1][2]), lineterm)
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(group[0][3], group[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on bytes lines and yield bytes lines."""
    # CPython goes through ascii/surrogateescape; latin-1 maps bytes to code points just
    # as losslessly (and Krait's str cannot hold lone surrogates).
    def as_text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err

    a = [as_text(line) for line in a]
    b = [as_text(line) for line in b]
    lines = dfunc(a, b, as_text(fromfile), as_text(tofile), as_text(fromfiledate),
                  as_text(tofiledate), n, as_text(lineterm))
    for line in lines:
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of the line sequences a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        own = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", own):
            yield line[2:]



# ------------------------------------------------------------ side by side
#
# The HTML diff works on an ndiff delta of the (tab-expanded) lines.  Each
# side's text carries its highlighting as in-band marks: '\0' followed by
# '+', '-' or '^' opens a highlighted run and '\1' closes it; make_table
# turns them into <span> tags after the text has been escaped.

_BLANK_ENTRY = (('', '\n'), True)


def _highlight_runs(line, guide):
    """The text of a delta line with each run of one marker character of its
    '? ' guide line wrapped in marks."""
    out = []
    done = 0
    i = 0
    n = len(guide)
    while i < n:
        kind = guide[i]
        if kind not in '+-^':
            i += 1
            continue
        j = i + 1
        while j < n and guide[j] == kind:
            j += 1
        out.append(line[done:i])
        out.append('\0' + kind + line[i:j] + '\1')
        done = i = j
    out.append(line[done:])
    return ''.join(out)[2:]


class _Columns:
    """The from and to columns being filled from a delta: entries are
    ((line number or '', text), changed)."""

    def __init__(self):
        self.sides = ([], [])
        self.numbers = [0, 0]
        # Lines added minus lines deleted since the columns were last level.
        self.excess = 0

    def put(self, side, text, changed=True):
        self.numbers[side] += 1
        self.sides[side].append(((self.numbers[side], text), changed))

    def whole(self, side, line):
        # A line added or deleted as a whole is highlighted from end to end;
        # an empty one shows a highlighted space.
        self.put(side, '\0' + line[0] + (line[2:] or ' ') + '\1')

    def level(self, excess):
        """Fill the shorter column with blank entries."""
        if excess > 0:
            self.sides[0].extend([_BLANK_ENTRY] * excess)
        elif excess < 0:
            self.sides[1].extend([_BLANK_ENTRY] * -excess)
        self.excess = 0


def _pair_delta(delta):
    """Rows ((from number, text), (to number, text), changed) for an ndiff
    delta.  Changed lines are paired in the order the delta gives them, with
    blank entries where a run of deletions and additions is uneven."""
    cols = _Columns()
    tags = ''.join(line[:1] for line in delta)
    p = 0
    end = len(delta)
    while p < end:
        ahead = (tags[p:p + 4] + 'XXX')[:4]
        first, second = ahead[0], ahead[1]
        if first == ' ':
            cols.put(0, delta[p][2:], False)
            cols.put(1, delta[p][2:], False)
            p += 1
        elif first == '-':
            if ahead == '-?+?':
                cols.put(0, _highlight_runs(delta[p], delta[p + 1]))
                cols.put(1, _highlight_runs(delta[p + 2], delta[p + 3]))
                p += 4
                continue
            if ahead[:3] == '-?+':
                cols.put(0, _highlight_runs(delta[p], delta[p + 1]))
                cols.put(1, delta[p + 2][2:])
                p += 3
                continue
            if ahead[:3] == '-+?':
                cols.put(0, delta[p][2:])
                cols.put(1, _highlight_runs(delta[p + 1], delta[p + 2]))
                p += 3
                continue
            cols.whole(0, delta[p])
            p += 1
            if second == ' ' or (second == '-' and ahead[2:] != '++'
                                 and (ahead[2] == '+' or ahead[2:] == '?+')):
                # The deletions end before an unchanged line or a paired
                # change: level the columns now.
                cols.level(cols.excess - 1)
            else:
                cols.excess -= 1
        elif first == '+':
            cols.whole(1, delta[p])
            p += 1
            if second == ' ' or (second == '-' and ahead[2] != '-'):
                cols.level(cols.excess + 1)
            else:
                cols.excess += 1
        else:
            p += 1
    cols.level(cols.excess)
    for (left, lchanged), (right, rchanged) in zip(*cols.sides):
        yield left, right, lchanged or rchanged


def _around_changes(rows, numlines):
    """Keep the changed rows and numlines rows of context around each group
    of them; (None, None, None) stands where rows were left out."""
    rows = iter(rows)
    keep = numlines + 1
    while True:
        held = []
        seen = 0
        for row in rows:
            seen += 1
            held.append(row)
            if len(held) > keep:
                del held[0]
            if row[2]:
                break
        else:
            return
        if seen > keep:
            yield None, None, None
        yield from held
        budget = numlines
        while budget:
            row = next(rows, None)
            if row is None:
                return
            budget = numlines if row[2] else budget - 1
            yield row


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    """Side by side rows of the differences between two lists of lines:
    ((number, marked text), (number, marked text), changed), with
    (None, None, None) between groups when context is a number of lines."""
    rows = _pair_delta(list(ndiff(fromlines, tolines, linejunk, charjunk)))
    if context is None:
        yield from rows
    else:
        yield from _around_changes(rows, context)


def _wrap_marked(number, text, width):
    """Split a marked text into pieces of at most width visible characters;
    continuation pieces are numbered '>' and reopen a cut highlight."""
    pieces = []
    while number and len(text) > width and \
            len(text) - 3 * text.count('\0') > width:
        i = 0
        shown = 0
        kind = ''
        while shown < width and i < len(text):
            c = text[i]
            if c == '\0':
                kind = text[i + 1]
                i += 2
            elif c == '\1':
                kind = ''
                i += 1
            else:
                shown += 1
                i += 1
        head, text = text[:i], text[i:]
        if kind:
            head += '\1'
            text = '\0' + kind + text
        pieces.append((number, head))
        number = '>'
    pieces.append((number, text))
    return pieces


class HtmlDiff(object):
    """Build an HTML table (or a whole XHTML page) showing two sequences of
    lines side by side with their inter- and intraline changes highlighted
    and links from each change to the next."""

    _file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

    _styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

    _table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

    _legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

    # Tables made so far: numbers the anchor prefixes so that several tables
    # can share a page.
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """HtmlDiff instance initializer

        Arguments:
        tabsize -- tab stop spacing, defaults to 8.
        wrapcolumn -- column number where lines are broken and wrapped,
            defaults to None where lines are not wrapped.
        linejunk,charjunk -- keyword arguments passed into ndiff() (used by
            HtmlDiff() to generate the side by side HTML differences).  See
            ndiff() documentation for argument default values and descriptions.
        """
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """Return a complete XHTML page with the side by side table of
        make_table() and a legend."""
        page = self._file_template % {
            'styles': self._styles,
            'legend': self._legend,
            'table': self.make_table(fromlines, tolines, fromdesc, todesc,
                                     context=context, numlines=numlines),
            'charset': charset,
        }
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _untab(self, line):
        # Spaces that come from expanding a tab are kept as '\t' until the
        # end so that they become &nbsp; while the line's own spaces stay.
        line = line.replace(' ', '\0').expandtabs(self._tabsize)
        return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')

    def _cell(self, prefix, number, text):
        anchor = ' id="%s%d"' % (prefix, number) if isinstance(number, int) else ''
        text = text.replace('&', '&amp;').replace('>', '&gt;')
        text = text.replace('<', '&lt;').replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, number, text)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """Return an HTML table comparing fromlines with tolines side by side;
        with context true only the changes and numlines lines around them."""
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = serial + 1
        prefixes = ('from%d_' % serial, 'to%d_' % serial)
        tag = prefixes[1]

        rows = _mdiff([self._untab(line) for line in fromlines],
                      [self._untab(line) for line in tolines],
                      numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        width = self._wrapcolumn
        cells = []      # (from cell, to cell) or None for a gap
        flags = []
        for left, right, changed in rows:
            if changed is None:
                cells.append(None)
                flags.append(None)
                continue
            if width:
                lefts = _wrap_marked(left[0], left[1], width)
                rights = _wrap_marked(right[0], right[1], width)
                extra = len(lefts) - len(rights)
                if extra > 0:
                    rights += [('', ' ')] * extra
                else:
                    lefts += [('', ' ')] * -extra
                pairs = zip(lefts, rights)
            else:
                pairs = ((left, right),)
            for left, right in pairs:
                cells.append((self._cell(prefixes[0], *left),
                              self._cell(prefixes[1], *right)))
                flags.append(changed)

        # The middle columns: an anchor numlines rows above each change and,
        # on its first row, a link to the next one.
        anchors = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        last_start = 0
        previous = False
        for i, flag in enumerate(flags):
            if flag and not previous:
                last_start = i
                anchors[max(0, i - numlines)] = \
                    ' id="difflib_chg_%s_%d"' % (tag, changes)
                changes += 1
                links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (tag, changes)
            previous = bool(flag)
        if not flags:
            note = 'No Differences Found' if context else 'Empty File'
            empty = '<td></td><td>&nbsp;%s&nbsp;</td>' % note
            cells, flags, anchors, links = [(empty, empty)], [False], [''], ['']
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % tag
        links[last_start] = '<a href="#difflib_chg_%s_top">t</a>' % tag

        body = []
        for i, pair in enumerate(cells):
            if pair is None:
                if i:
                    body.append('        </tbody>        \n        <tbody>\n')
                continue
            body.append('            <tr><td class="diff_next"%s>%s</td>%s'
                        '<td class="diff_next">%s</td>%s</tr>\n'
                        % (anchors[i], links[i], pair[0], links[i], pair[1]))
        if fromdesc or todesc:
            header = (
                '<thead><tr><th class="diff_next"><br /></th>'
                '<th colspan="2" class="diff_header">%s</th>'
                '<th class="diff_next"><br /></th>'
                '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                % (fromdesc, todesc))
        else:
            header = ''
        table = self._table_template % {'data_rows': ''.join(body),
                                        'header_row': header, 'prefix': tag}
        for mark, markup in (('\0+', '<span class="diff_add">'),
                             ('\0-', '<span class="diff_sub">'),
                             ('\0^', '<span class="diff_chg">'),
                             ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(mark, markup)
        return table

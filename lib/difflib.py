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
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
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


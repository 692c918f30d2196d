"""
Module difflib -- helpers for computing deltas between objects.

Function get_close_matches(word, possibilities, n=3, cutoff=0.6):
    Use SequenceMatcher to return list of the best "good enough" matches.

Function context_diff(a, b):
    For two lists of strings, return a delta in context diff format.

Function ndiff(a, b):
    Return a delta: the difference between `a` and `b` (lists of strings).

Function restore(delta, which):
    Return one of the two sequences that generated an ndiff delta.

Function unified_diff(a, b):
    For two lists of strings, return a delta in unified diff format.

Class SequenceMatcher:
    A flexible class for comparing pairs of sequences of any type.

Class Differ:
    For producing human-readable deltas from sequences of lines of text.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

from collections import namedtuple as _namedtuple

Match = _namedtuple('Match', 'a b size')

GenericAlias = type(list[int])


class SequenceMatcher:
    """A flexible class for comparing pairs of sequences of any type.

    The elements of the sequences must be hashable.  The matching is the
    Ratcliff/Obershelp "gestalt pattern matching" refined by junk: find
    the longest contiguous block free of junk, then do the same on each
    side of it, recursively.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is not self.a:
            self.a = a
            self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared."""
        if b is not self.b:
            self.b = b
            self.matching_blocks = self.opcodes = None
            self.fullbcount = None
            self.__chain_b()

    def __chain_b(self):
        # Index b: for every element, the ascending positions where it
        # occurs.  Junk elements, and with autojunk the "popular" ones of a
        # long sequence, are left out of the index so that no match starts
        # on them; they are remembered in bjunk and bpopular.
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        self.b2j = where
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {item for item in where if self.isjunk(item)}
            for item in self.bjunk:
                del where[item]
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            self.bpopular = {item for item, spots in where.items()
                             if len(spots) > limit}
            for item in self.bpopular:
                del where[item]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find longest matching block in a[alo:ahi] and b[blo:bhi].

        Of all maximal matching blocks free of junk, the one that starts
        earliest in a, then earliest in b, extended on both sides by equal
        elements that are not indexed (popular ones first, then junk).
        If no blocks match, return (alo, blo, 0).
        """
        a, b, index = self.a, self.b, self.b2j
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_a, best_b, best_len = alo, blo, 0
        # run_ending[j] is the length of the match ending at a[i-1], b[j].
        run_ending = {}
        for i in range(alo, ahi):
            current = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending.get(j - 1, 0) + 1
                current[j] = length
                if length > best_len:
                    best_a, best_b, best_len = i - length + 1, j - length + 1, length
            run_ending = current
        junk = self.bjunk
        for take_junk in (False, True):
            while (best_a > alo and best_b > blo
                   and (b[best_b - 1] in junk) == take_junk
                   and a[best_a - 1] == b[best_b - 1]):
                best_a -= 1
                best_b -= 1
                best_len += 1
            while (best_a + best_len < ahi and best_b + best_len < bhi
                   and (b[best_b + best_len] in junk) == take_junk
                   and a[best_a + best_len] == b[best_b + best_len]):
                best_len += 1
        return Match(best_a, best_b, best_len)

    def get_matching_blocks(self):
        """Return list of triples describing matching subsequences.

        Each triple is of the form (i, j, n), and means that
        a[i:i+n] == b[j:j+n].  The triples are monotonically increasing in
        i and in j; adjacent blocks are merged, and the last triple is a
        dummy, (len(a), len(b), 0).
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        size_a, size_b = len(self.a), len(self.b)
        found = []
        ranges = [(0, size_a, 0, size_b)]
        while ranges:
            alo, ahi, blo, bhi = ranges.pop()
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append((i, j, k))
            if alo < i and blo < j:
                ranges.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                ranges.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((size_a, size_b, 0))
        self.matching_blocks = [Match._make(block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """Return list of 5-tuples describing how to turn a into b.

        Each tuple is (tag, i1, i2, j1, j2) with tag one of 'replace',
        'delete', 'insert', 'equal'; the tuples cover both sequences
        without gaps.
        """
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        a_at = b_at = 0
        for i, j, size in self.get_matching_blocks():
            if a_at < i or b_at < j:
                if a_at < i and b_at < j:
                    kind = 'replace'
                elif a_at < i:
                    kind = 'delete'
                else:
                    kind = 'insert'
                steps.append((kind, a_at, i, b_at, j))
            a_at, b_at = i + size, j + size
            if size:
                steps.append(('equal', i, a_at, j, b_at))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """ Isolate change clusters by eliminating ranges with no changes.

        Return a generator of groups with up to n lines of context.
        Each group is in the same format as returned by get_opcodes().
        """
        # The ends are trimmed in the cached list itself, as CPython does,
        # which get_opcodes() shows afterwards.
        steps = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        # Trim the unchanged stretches at both ends to n items of context.
        kind, i1, i2, j1, j2 = steps[0]
        if kind == 'equal':
            steps[0] = kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        kind, i1, i2, j1, j2 = steps[-1]
        if kind == 'equal':
            steps[-1] = kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for kind, i1, i2, j1, j2 in steps:
            # An unchanged stretch longer than twice the context closes the
            # group (keeping n items) and opens the next one (n items).
            if kind == 'equal' and i2 - i1 > 2 * n:
                group.append((kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((kind, i1, i2, j1, j2))
        if group and (len(group) > 1 or group[0][0] != 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity (float in [0,1]).

        Where T is the total number of elements in both sequences, and
        M is the number of matches, this is 2.0*M / T.
        """
        same = sum(block[-1] for block in self.get_matching_blocks())
        return _score(same, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        common = 0
        for item in self.a:
            have = left.get(item, 0)
            if have > 0:
                common += 1
            left[item] = have - 1
        return _score(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        size_a, size_b = len(self.a), len(self.b)
        return _score(min(size_a, size_b), size_a + size_b)

    __class_getitem__ = classmethod(GenericAlias)


def _score(matches, total):
    return 2.0 * matches / total if total else 1.0


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches.

    word is a sequence for which close matches are desired (typically a
    string).

    possibilities is a list of sequences against which to match word
    (typically a list of strings).

    Optional arg n (default 3) is the maximum number of close matches to
    return.  n must be > 0.

    Optional arg cutoff (default 0.6) is a float in [0, 1].  Possibilities
    that don't score at least that similar to word are ignored.

    The best (no more than n) matches among the possibilities are returned
    in a list, sorted by similarity score, most similar first.
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds first: most candidates fail them.
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff):
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    r"""
    Return True for ignorable line: if `line` is blank or contains a single '#'.

    Examples:

    >>> IS_LINE_JUNK('\n')
    True
    >>> IS_LINE_JUNK('  #   \n')
    True
    >>> IS_LINE_JUNK('hello\n')
    False
    """
    if pat is None:
        return line.strip() in ('', '#')
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""
    Return True for ignorable character: iff `ch` is a space or tab.

    Examples:

    >>> IS_CHARACTER_JUNK(' ')
    True
    >>> IS_CHARACTER_JUNK('\t')
    True
    >>> IS_CHARACTER_JUNK('\n')
    False
    >>> IS_CHARACTER_JUNK('x')
    False
    """
    return ch in ws


class Differ:
    r"""
    Differ is a class for comparing sequences of lines of text, and
    producing human-readable differences or deltas.  Differ uses
    SequenceMatcher both to compare sequences of lines, and to compare
    sequences of characters within similar (near-matching) lines.

    Each line of a Differ delta begins with a two-letter code:

        '- '    line unique to sequence 1
        '+ '    line unique to sequence 2
        '  '    line common to both sequences
        '? '    line not present in either input sequence

    Lines beginning with '? ' attempt to guide the eye to intraline
    differences, and were not present in either input sequence.
    """

    def __init__(self, linejunk=None, charjunk=None):
        """
        Construct a text differencer, with optional filters.

        The two optional keyword parameters are for filter functions:

        - `linejunk`: A function that should accept a single string argument,
          and return true iff the string is junk.

        - `charjunk`: A function that should accept a string of length 1.
        """
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        r"""
        Compare two sequences of lines; generate the resulting delta.

        Each sequence must contain individual single-line strings ending with
        newlines.
        """
        lines = SequenceMatcher(self.linejunk, a, b)
        for kind, alo, ahi, blo, bhi in lines.get_opcodes():
            if kind == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif kind == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif kind == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif kind == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (kind,))

    def _dump(self, tag, x, lo, hi):
        """Generate comparison results for a same-tagged range."""
        for line in x[lo:hi]:
            yield '%s %s' % (tag, line)

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        r"""
        When replacing one block of lines with another, search the blocks
        for *similar* lines; the best-matching pair (if any) is used as a
        synch point, and intraline difference marking is done on the
        similar pair. Lots of work, but often worth it.
        """
        pair = self._closest_pair(a, alo, ahi, b, blo, bhi)
        if pair is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, same = pair
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if same:
            yield '  ' + a[i]
        else:
            yield from self._mark_pair(a[i], b[j])
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _closest_pair(self, a, alo, ahi, b, blo, bhi):
        # Takes b's lines in order; the first of them that has a partner in
        # a scoring at least 0.75 (an identical line scores 1.0) decides,
        # with its best partner (the first of equals).  Returns
        # (i, j, identical) or None when no line of b has a partner.
        meter = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            meter.set_seq2(b[j])
            top = 0.74
            partner = None
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if top < 1.0:
                        top, partner = 1.0, (i, j, True)
                    continue
                meter.set_seq1(a[i])
                # The cheap upper bounds first: most lines fail them.
                if (meter.real_quick_ratio() > top
                        and meter.quick_ratio() > top):
                    score = meter.ratio()
                    if score > top:
                        top, partner = score, (i, j, False)
            if partner is not None and top >= 0.75:
                return partner
        return None

    def _mark_pair(self, old, new):
        # Intraline marks: '^' replaced, '-' deleted, '+' inserted.
        old_marks = []
        new_marks = []
        chars = SequenceMatcher(self.charjunk, old, new)
        for kind, i1, i2, j1, j2 in chars.get_opcodes():
            width_a, width_b = i2 - i1, j2 - j1
            if kind == 'equal':
                old_marks.append(' ' * width_a)
                new_marks.append(' ' * width_b)
            elif kind == 'replace':
                old_marks.append('^' * width_a)
                new_marks.append('^' * width_b)
            elif kind == 'delete':
                old_marks.append('-' * width_a)
            elif kind == 'insert':
                new_marks.append('+' * width_b)
            else:
                raise ValueError('unknown tag %r' % (kind,))
        yield from self._qformat(old, new, ''.join(old_marks),
                                 ''.join(new_marks))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        r"""
        Format "?" output and deal with tabs.
        """
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield '%s %s' % (sign, line)
            guide = _guide(line, marks)
            if guide:
                yield '? %s\n' % guide


def _guide(line, marks):
    # The guide line under 'line': where a tab sits under an unmarked
    # column, the tab is kept so that the marks line up.
    cols = []
    for ch, mark in zip(line, marks):
        cols.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(cols).rstrip()


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""
    Compare `a` and `b` (lists of strings); return a `Differ`-style delta.

    Optional keyword parameters `linejunk` and `charjunk` are for filter
    functions, or can be None.
    """
    return Differ(linejunk, charjunk).compare(a, b)


# -- the patch formats --------------------------------------------------------

def _unified_span(start, stop):
    # "start,count" with start 1-based; a lone line has no count, and an
    # empty range names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_span(start, stop):
    # "first,last" 1-based and inclusive; an empty range names the line
    # before it.
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _require_str(a, b, names):
    for seq in (a, b):
        if seq:
            first = seq[0]
            if not isinstance(first, str):
                raise TypeError('lines to compare must be str, not %s (%r)'
                                % (type(first).__name__, first))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a unified diff.

    Unified diffs are a compact way of showing line changes and a few
    lines of context.  The number of context lines is set by 'n' which
    defaults to three.
    """
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_span(head[1], tail[2]),
                                   _unified_span(head[3], tail[4]), lineterm)
        for kind, i1, i2, j1, j2 in group:
            if kind == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if kind != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if kind != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                  'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""
    Compare two sequences of lines; generate the delta as a context diff.

    Context diffs are a compact way of showing line changes and a few
    lines of context.  The number of context lines is set by 'n' which
    defaults to three.
    """
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(head[1], tail[2]), lineterm)
        if any(step[0] in ('replace', 'delete') for step in group):
            for kind, i1, i2, _, _ in group:
                if kind != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[kind] + line
        yield '--- %s ----%s' % (_context_span(head[3], tail[4]), lineterm)
        if any(step[0] in ('replace', 'insert') for step in group):
            for kind, _, _, j1, j2 in group:
                if kind != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[kind] + line


def restore(delta, which):
    r"""
    Generate one of the two sequences that generated a delta.

    Given a `delta` produced by `Differ.compare()` or `ndiff()`, extract
    lines originating from file 1 or 2 (parameter `which`), stripping off line
    prefixes.
    """
    wanted = {1: '- ', 2: '+ '}.get(which)
    if wanted is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % (which,))
    for line in delta:
        if line[:2] in ('  ', wanted):
            yield line[2:]


def _as_text(value):
    # Bytes become text one character per byte (Latin-1), which can be
    # turned back into the same bytes whatever they were.
    try:
        return value.decode('latin-1')
    except AttributeError as error:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(value).__name__, value)) from error


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    r"""
    Compare `a` and `b`, two sequences of lines represented as bytes rather
    than str. This is a wrapper for `dfunc`, which is typically either
    unified_diff() or context_diff(). Inputs are losslessly converted to
    strings so that `dfunc` only has to worry about strings, and encoded
    back to bytes on return. This is necessary to compare files with
    unknown or inconsistent encoding. All other inputs (except `n`) must be
    bytes rather than str.
    """
    text_a = [_as_text(line) for line in a]
    text_b = [_as_text(line) for line in b]
    names = [_as_text(value) for value in
             (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(text_a, text_b, *names[:4], n, names[4]):
        yield line.encode('latin-1')

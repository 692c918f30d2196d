"""Text wrapping and filling.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters str.split() would treat as word separators in ASCII text;
# wrapping turns each of them into a plain space.
_whitespace = '\t\n\x0b\x0c\r '

# Building blocks of the word-splitting expressions below.  A "letter" is a
# word character that is not a digit; "punct" may precede an em-dash.
_WS = '[%s]' % re.escape(_whitespace)
_NOT_WS = '[^%s]' % re.escape(_whitespace)
_LETTER = r'[^\d\W]'
_DASH_PRECEDER = r'''[\w!"'&.,?]'''


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().

    Several instance attributes control various aspects of wrapping:
      width (default: 70)
        the maximum width of wrapped lines (unless break_long_words
        is false)
      initial_indent (default: "")
        string that will be prepended to the first line of wrapped
        output.  Counts towards the line's width.
      subsequent_indent (default: "")
        string that will be prepended to all lines save the first
        of wrapped output; also counts towards each line's width.
      expand_tabs (default: true)
        Expand tabs in input text to spaces before further processing.
        Each tab will become 0 .. 'tabsize' spaces, depending on its position
        in its line.  If false, each tab is treated as a single character.
      tabsize (default: 8)
        Expand tabs in input text to 0 .. 'tabsize' spaces, unless
        'expand_tabs' is false.
      replace_whitespace (default: true)
        Replace all whitespace characters in the input text by spaces
        after tab expansion.  Note that if expand_tabs is false and
        replace_whitespace is true, every tab will be converted to a
        single space!
      fix_sentence_endings (default: false)
        Ensure that sentence-ending punctuation is always followed
        by two spaces.  Off by default because the algorithm is
        (unavoidably) imperfect.
      break_long_words (default: true)
        Break words longer than 'width'.  If false, those words will not
        be broken, and some lines might be longer than 'width'.
      break_on_hyphens (default: true)
        Allow breaking hyphenated words. If true, wrapping will occur
        preferably on whitespaces and right after hyphens part of
        compound words.
      drop_whitespace (default: true)
        Drop leading and trailing whitespace from lines.
      max_lines (default: None)
        Truncate wrapped lines.
      placeholder (default: ' [...]')
        Append to the last line of truncated text.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # A chunk is a run of whitespace, an em-dash ("--" or longer) standing
    # between words, or a word.  A word may end right after one of its
    # hyphens when letters stand on both sides of it, so that wrapping can
    # happen inside compound words but not inside numbers like "-3" or "1-2".
    _word_end = '(?=%s|\\z)' % _WS
    _inner_hyphen = ('-(?:(?<=%s{2}-)|(?<=%s-%s-))(?=%s-?%s)'
                     % ((_LETTER,) * 5))
    _before_dash = '(?<=%s)(?=-{2,}\\w)' % _DASH_PRECEDER
    wordsep_re = re.compile(
        '(' + _WS + '+'                                     # blanks
        + '|(?<=' + _DASH_PRECEDER + ')-{2,}(?=\\w)'          # em-dash
        + '|' + _NOT_WS + '+?(?:' + _inner_hyphen           # word or part
        + '|' + _word_end + '|' + _before_dash + '))')
    del _word_end, _inner_hyphen, _before_dash

    # Without hyphen breaking, chunks are only words and whitespace runs.
    wordsep_simple_re = re.compile(r'(%s+)' % _WS)

    # A lowercase letter then sentence punctuation, maybe a closing quote.
    sentence_end_re = re.compile(r'[a-z]'
                                 r'[\.\!\?]'
                                 r'[\"\']?'
                                 r'\z')

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Set in the order of the signature, which vars() shows.
        self.width, self.initial_indent = width, initial_indent
        self.subsequent_indent, self.expand_tabs = subsequent_indent, expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.drop_whitespace = (break_long_words,
                                                       drop_whitespace)
        self.break_on_hyphens, self.tabsize = break_on_hyphens, tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    # -- turning text into chunks ------------------------------------------

    def _munge_whitespace(self, text):
        """_munge_whitespace(text : string) -> string

        Munge whitespace in text: expand tabs and convert all other
        whitespace characters to spaces.  Eg. " foo\\tbar\\n\\nbaz"
        becomes " foo    bar  baz".
        """
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return (text.translate(self.unicode_whitespace_trans)
                if self.replace_whitespace else text)

    def _split(self, text):
        """_split(text : string) -> [string]

        Split the text to wrap into indivisible chunks.  Chunks are
        not quite the same as words; see _wrap_chunks() for full
        details.  As an example, the text
          Look, goof-ball -- use the -b option!
        breaks into the following chunks:
          'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ',
          'use', ' ', 'the', ' ', '-b', ' ', 'option!'
        if break_on_hyphens is True, or in:
          'Look,', ' ', 'goof-ball', ' ', '--', ' ',
          'use', ' ', 'the', ' ', '-b', ' ', option!'
        otherwise.
        """
        pattern = self.wordsep_re if self.break_on_hyphens \
            else self.wordsep_simple_re
        return [piece for piece in pattern.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        """_fix_sentence_endings(chunks : [string])

        Correct for sentence endings buried in 'chunks'.  Eg. when the
        original text contains "... foo.\\nBar ...", munge_whitespace()
        and split() will convert that to [..., "foo.", " ", "Bar", ...]
        which has one too few spaces; this method simply changes the one
        space to two.
        """
        ends = self.sentence_end_re.search
        pos = 0
        last = len(chunks) - 1
        while pos < last:
            if chunks[pos + 1] == ' ' and ends(chunks[pos]):
                chunks[pos + 1] = '  '
                pos += 2
            else:
                pos += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling lines -------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """_handle_long_word(chunks : [string],
                             cur_line : [string],
                             cur_len : int, width : int)

        Handle a chunk of text (most likely a word, not whitespace) that
        is too long to fit in any line.
        """
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # The word goes whole on a line of its own.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Prefer cutting just after the last hyphen that fits, unless
            # everything before it is hyphens too.
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        if cut > 0:
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]

    def _check_wrap_settings(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 \
                else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """_wrap_chunks(chunks : [string]) -> [string]

        Wrap a sequence of text chunks and return a list of lines of
        length 'self.width' or less.  (If 'break_long_words' is false,
        some lines may be longer than this.)  Chunks correspond roughly
        to words and the whitespace between them: each chunk is
        indivisible (modulo 'break_long_words'), but a line break can
        come between any two chunks.  Chunks should not have internal
        whitespace; ie. a chunk is either all whitespace or a "word".
        Whitespace chunks will be removed from the beginning and end of
        lines, but apart from that whitespace is preserved.
        """
        self._check_wrap_settings()
        # Work from the end of a reversed list, so taking the next chunk
        # is a cheap pop().
        pending = chunks[::-1]
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = self._take_fitting(pending, room)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._line_may_end(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
            else:
                self._truncate(lines, line, used, room, prefix)
                break
        return lines

    @staticmethod
    def _take_fitting(pending, room):
        # Moves whole chunks from 'pending' while they fit in 'room'.
        line = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            piece = pending.pop()
            line.append(piece)
            used += len(piece)
        return line, used

    def _line_may_end(self, lines, pending, used, room):
        # True when the current line can be emitted as is: no line limit,
        # not yet at the limit, or only droppable whitespace follows.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not pending or (
            self.drop_whitespace and len(pending) == 1
            and not pending[0].strip())
        return rest_is_blank and used <= room

    def _truncate(self, lines, line, used, room, prefix):
        # The line limit is reached: end with the placeholder, dropping
        # chunks from the end of the line until it fits.
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public interface ------------------------------------------------------

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    # Returns the run of spaces and tabs a line starts with.
    stop = 0
    while stop < len(line) and line[stop] in ' \t':
        stop += 1
    return line[:stop]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    if not isinstance(text, str):
        raise TypeError("expected str object, not %r" % type(text).__name__)
    pieces = text.split('\n')
    margin = None
    for body in pieces:
        if not body or body.isspace():
            continue
        lead = _leading_blanks(body)
        if margin is None:
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    cut = len(margin) if margin else 0
    out = []
    for body in pieces:
        out.append('' if not body or body.isspace() else body[cut:])
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    result = []
    for line in text.splitlines(True):
        result.append(prefix + line if predicate(line) else line)
    return ''.join(result)

"""Extract, format and print information about Python stack traces."""

# The text itself (source lines with their ~~~^^^ markers, and the "Did
# you mean" hints) comes from the interpreter's own formatter through
# _traceback_fmt, so an uncaught exception and this module print the same
# bytes.  This file builds the documented objects around it: FrameSummary,
# StackSummary (a list of them) and TracebackException (a tree of them
# joined by causes, contexts and group members).

import sys
import linecache
import _traceback_fmt

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

# How many times the same frame line is shown before the rest is folded.
_FOLD_AFTER = 3

# Escape sequences of CPython 3.14's default theme, keyed by role.
_COLOURS = {
    'type': '\x1b[1;35m', 'message': '\x1b[35m', 'filename': '\x1b[35m',
    'line_no': '\x1b[35m', 'frame': '\x1b[35m', 'highlight': '\x1b[1;31m',
}
_RESET = '\x1b[0m'


def _paint(text, role, colorize):
    if not colorize:
        return text
    return _COLOURS[role] + text + _RESET


def _as_text(obj, what, conv=str):
    """conv(obj), or the placeholder CPython shows when that raises."""
    try:
        return conv(obj)
    except Exception:
        return '<%s %s() failed>' % (what, conv.__name__)


def _type_names(cls):
    """(qualified name, module name) of an exception class."""
    qual = getattr(cls, '__qualname__', None)
    if not isinstance(qual, str):
        qual = cls.__name__
    return qual, getattr(cls, '__module__', None)


def _out(file):
    return sys.stderr if file is None else file


def _emit_all(chunks, file):
    for chunk in chunks:
        print(chunk, file=file, end='')


# ---- frames and stacks ------------------------------------------------------

def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame.

    This will follow tb.tb_next (and thus is in the opposite order to
    walk_stack). Usually used with StackSummary.extract.
    """
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame.

    This will follow f.f_back from the given frame. If no frame is given, the
    current stack is used. Usually used with StackSummary.extract.
    """
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_positions(tb):
    """Like walk_tb, with the four source positions of each entry."""
    while tb is not None:
        where = _traceback_fmt.code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if where[0] is None:
            where = (tb.tb_lineno,) + where[1:]
        yield tb.tb_frame, where
        tb = tb.tb_next


def _keep(items, limit):
    """The first `limit` items (the last -limit ones when negative), after
    sys.tracebacklimit when no limit is given."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    kept = []
    if limit >= 0:
        for item in items:
            if len(kept) >= limit:
                break
            kept.append(item)
        return kept
    for item in items:
        kept.append(item)
        if len(kept) > -limit:
            del kept[0]
    return kept


class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the line
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_lines_dedented', 'locals', '_code')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        """Construct a FrameSummary.

        :param lookup_line: If True, `linecache` is consulted for the source
            code line. Otherwise, the line will be looked up when first needed.
        :param locals: If supplied the frame locals, which will be captured as
            object representations.
        :param line: If provided, use this instead of looking up the line in
            the linecache.
        """
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._code = kwargs.get('_code')
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _as_text(value, 'local', repr)
                           for key, value in locals.items()}
        else:
            self.locals = None

    def _source_lines(self):
        """The raw lines lineno..end_lineno (one joined str), read once."""
        if self._lines is None and self.lineno is not None:
            last = self.end_lineno if self.end_lineno is not None else self.lineno
            if last < self.lineno:
                last = self.lineno
            self._lines = ''.join(linecache.getline(self.filename, n)
                                  for n in range(self.lineno, last + 1))
        return self._lines

    @property
    def line(self):
        text = self._source_lines()
        if text is None:
            return None
        return text.partition('\n')[0].strip()

    def _key(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self._key() == other._key()
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._key() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return self._key()[pos]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(
            self.filename, self.lineno, self.name)


def _summaries(frames, limit, lookup_lines, capture_locals):
    """FrameSummary objects for (frame, (lineno, end_lineno, colno,
    end_colno)) pairs."""
    stack = StackSummary()
    filenames = []
    for frame, (lineno, end_lineno, colno, end_colno) in _keep(frames, limit):
        code = frame.f_code
        filename = code.co_filename
        if filename not in filenames:
            filenames.append(filename)
        linecache.lazycache(filename, frame.f_globals)
        stack.append(FrameSummary(
            filename, lineno, code.co_name, lookup_line=False,
            locals=frame.f_locals if capture_locals else None,
            end_lineno=end_lineno, colno=colno, end_colno=end_colno,
            _code=code))
    for filename in filenames:
        linecache.checkcache(filename)
    if lookup_lines:
        for summary in stack:
            summary.line
    return stack


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object.

        :param frame_gen: A generator that yields (frame, lineno) tuples
            whose summaries are to be included in the stack.
        :param limit: None to include all frames or the number of frames to
            include.
        :param lookup_lines: If True, lookup lines for each frame immediately,
            otherwise lookup is deferred until the frame is rendered.
        :param capture_locals: If True, the local variables from each frame will
            be captured as object representations into the FrameSummary.
        """
        frames = ((f, (n, n, None, None)) for f, n in frame_gen)
        found = _summaries(frames, limit, lookup_lines, capture_locals)
        if klass is StackSummary:
            return found
        return klass(found)

    @classmethod
    def from_list(klass, a_list):
        """
        Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples.
        """
        made = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            made.append(entry)
        return made

    def format_frame_summary(self, frame_summary, **kwargs):
        """Format the lines for a single FrameSummary.

        Returns a string representing one frame involved in the stack. This
        gets called for every frame to be printed in the stack summary.
        """
        colorize = kwargs.get('colorize', False)
        fs = frame_summary
        filename = fs.filename
        if (isinstance(filename, str) and filename.startswith('<stdin-')
                and filename.endswith('>')):
            filename = '<stdin>'
        parts = ['  File {}, line {}, in {}\n'.format(
            _paint('"%s"' % (filename,), 'filename', colorize),
            _paint(str(fs.lineno), 'line_no', colorize),
            _paint(str(fs.name), 'frame', colorize))]
        parts.append(self._source_of(fs, colorize))
        if fs.locals:
            for key in sorted(fs.locals):
                parts.append('    {} = {}\n'.format(key, fs.locals[key]))
        return ''.join(parts)

    @staticmethod
    def _source_of(fs, colorize):
        text = fs._source_lines()
        if not text or not text.strip():
            return ''
        if fs.colno is None or fs.end_colno is None:
            return '    {}\n'.format(fs.line)
        lines = text.split('\n')
        if text.endswith('\n'):
            del lines[-1]
        return _traceback_fmt.source_block(lines, fs.colno, fs.end_colno,
                                           colorize)

    def format(self, **kwargs):
        """Format the stack ready for printing.

        Returns a list of strings ready for printing.  Each string in the
        resulting list corresponds to a single frame from the stack.
        Each string ends in a newline; the strings may contain internal
        newlines as well, for those items with source text lines.

        For long sequences of the same frame and line, the first few
        repetitions are shown, followed by a summary line stating the exact
        number of further repetitions.
        """
        chunks = []
        previous = None
        run = 0
        for fs in self:
            # a frame the formatter leaves out (None) takes no part in
            # the folding either
            text = self.format_frame_summary(fs, **kwargs)
            if text is None:
                continue
            here = (fs.filename, fs.lineno, fs.name)
            if here != previous:
                chunks.extend(_folded(run))
                previous, run = here, 0
            run += 1
            if run <= _FOLD_AFTER:
                chunks.append(text)
        chunks.extend(_folded(run))
        return chunks


def _folded(run):
    hidden = run - _FOLD_AFTER
    if hidden <= 0:
        return []
    return ['  [Previous line repeated {} more time{}]\n'.format(
        hidden, 's' if hidden > 1 else '')]


def extract_tb(tb, limit=None):
    """
    Return a StackSummary object representing a list of
    pre-processed entries from traceback.

    This is useful for alternate formatting of stack traces.  If
    'limit' is omitted or None, all entries are extracted.  A
    pre-processed stack trace entry is a FrameSummary object
    representing the information that is usually printed for a
    stack trace. The line attribute is a string with
    leading and trailing whitespace stripped; if the source is not
    available the corresponding attribute is None.
    """
    return _summaries(_tb_positions(tb), limit, True, False)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'.

    If 'limit' is omitted or None, all entries are printed.  If 'file'
    is omitted or None, the output goes to sys.stderr; otherwise
    'file' should be an open file or file-like object with a write()
    method.
    """
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing.

    Given a list of tuples or FrameSummary objects as returned by
    extract_tb() or extract_stack(), return a list of strings ready
    for printing.

    Each string in the resulting list corresponds to the item with the
    same index in the argument list.  Each string ends in a newline;
    the strings may contain internal newlines as well, for those items
    whose source text line is not None.
    """
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    _emit_all(StackSummary.from_list(extracted_list).format(), _out(file))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame.

    The return value has the same format as for extract_tb().  The
    optional 'f' and 'limit' arguments have the same meaning as for
    print_stack().  Each item in the list is a FrameSummary object,
    and the entries are in order from oldest to newest stack frame.
    """
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point.

    The optional 'f' argument can be used to specify an alternate
    stack frame at which to start. The optional 'limit' and 'file'
    arguments have the same meaning as for print_exception().
    """
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass   # a frame that is still running keeps its locals


# ---- exceptions -------------------------------------------------------------

class _Unset:
    def __repr__(self):
        return '<implicit>'


_unset = _Unset()


def _value_and_tb(exc, value, tb):
    """The (value, traceback) the two calling conventions designate."""
    if (value is _unset) != (tb is _unset):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _unset:
        if exc is None:
            return None, None
        return exc, exc.__traceback__
    return value, tb


def _has_notes_sequence(notes):
    if isinstance(notes, (str, bytes)):
        return False
    if isinstance(notes, (list, tuple, range, bytearray)):
        return True
    from _collections_abc import Sequence
    return isinstance(notes, Sequence)


class _Layout:
    """Where TracebackException.format is in the box of exception groups."""

    def __init__(self):
        self.depth = 0
        self.close_box = False

    def margin(self, text, mark='|'):
        if self.depth == 0:
            return text
        prefix = '  ' * self.depth + mark + ' '
        return ''.join(prefix + piece
                       for piece in text.splitlines(keepends=True))

    def each(self, chunks):
        for chunk in chunks:
            yield self.margin(chunk)

    def rule(self, middle):
        return '  ' * self.depth + middle + '\n'


_CAUSE_TEXT = ('\nThe above exception was the direct cause '
               'of the following exception:\n\n')
_CONTEXT_TEXT = ('\nDuring handling of the above exception, '
                 'another exception occurred:\n\n')


class TracebackException:
    """An exception ready for rendering.

    The traceback module captures enough attributes from the original exception
    to this intermediary form to ensure that no references are held, while
    still being able to fully print or format it.

    max_group_width and max_group_depth control the formatting of exception
    groups. The depth refers to the nesting level of the group, and the width
    refers to the size of a single exception group's exceptions array. The
    formatted output is truncated when either limit is exceeded.

    Use `from_exception` to create TracebackException instances from exception
    objects, or the constructor to create TracebackException instances from
    individual components.

    - :attr:`__cause__` A TracebackException of the original *__cause__*.
    - :attr:`__context__` A TracebackException of the original *__context__*.
    - :attr:`exceptions` For exception groups - a list of TracebackException
      instances for the nested *exceptions*.  ``None`` for other exceptions.
    - :attr:`__suppress_context__` The *__suppress_context__* value from the
      original exception.
    - :attr:`stack` A `StackSummary` representing the traceback.
    - :attr:`exc_type` (deprecated) The class of the original traceback.
    - :attr:`exc_type_str` String display of exc_type
    - :attr:`filename` For syntax errors - the filename where the error
      occurred.
    - :attr:`lineno` For syntax errors - the linenumber where the error
      occurred.
    - :attr:`end_lineno` For syntax errors - the end linenumber where the error
      occurred. Can be `None` if not present.
    - :attr:`text` For syntax errors - the text where the error
      occurred.
    - :attr:`offset` For syntax errors - the offset into the text where the
      error occurred.
    - :attr:`end_offset` For syntax errors - the end offset into the text where
      the error occurred. Can be `None` if not present.
    - :attr:`msg` For syntax errors - the compiler error message.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True,
                 _seen=None):
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, compact=compact,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        root = _seen is None
        if root:
            _seen = set()
        _seen.add(id(exc_value))
        self._describe(exc_type, exc_value, exc_traceback, options,
                       save_exc_type)
        if root:
            self._link_all(exc_value, options, _seen)

    def _describe(self, exc_type, exc_value, exc_traceback, options,
                  save_exc_type):
        """The fields of this one exception (no cause, context, members)."""
        self.max_group_width = options['max_group_width']
        self.max_group_depth = options['max_group_depth']
        self.stack = _summaries(_tb_positions(exc_traceback),
                                options['limit'], options['lookup_lines'],
                                options['capture_locals'])
        self._exc_type = exc_type if save_exc_type else None
        if exc_type is None:
            self.exc_type_qualname = self.exc_type_module = None
        else:
            self.exc_type_qualname, self.exc_type_module = _type_names(exc_type)
        self._str = _as_text(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as problem:
            self.__notes__ = ['Ignored error getting __notes__: '
                              + _as_text(problem, '__notes__', repr)]
        self._is_syntax_error = (isinstance(exc_type, type)
                                 and issubclass(exc_type, SyntaxError))
        if self._is_syntax_error:
            self._take_syntax_fields(exc_value)
        elif isinstance(exc_value, BaseException) and (
                exc_traceback is not None
                or not isinstance(exc_value, NameError)):
            # a NameError's candidates are the names of the failing frame
            hint = _traceback_fmt.name_hint(exc_value)
            if hint:
                self._str += hint
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (
            bool(exc_value.__suppress_context__)
            if isinstance(exc_value, BaseException) else False)
        self.exceptions = None

    def _take_syntax_fields(self, exc):
        self.filename = exc.filename
        self.lineno = None if exc.lineno is None else str(exc.lineno)
        end = getattr(exc, 'end_lineno', None)
        self.end_lineno = None if end is None else str(end)
        self.text = exc.text
        self.offset = exc.offset
        self.end_offset = getattr(exc, 'end_offset', None)
        self.msg = exc.msg

    def _link_all(self, exc_value, options, seen):
        """Builds the causes, contexts and members of the whole tree, in
        the order that decides where an exception met twice is shown."""
        pending = [(self, exc_value)]
        while pending:
            node, exc = pending.pop()
            if not isinstance(exc, BaseException):
                continue
            children = []
            cause = exc.__cause__
            if cause is not None and id(cause) not in seen:
                node.__cause__ = _child(cause, options, seen)
                children.append((node.__cause__, cause))
            context = exc.__context__
            wanted = (not options['compact']
                      or (cause is None and not exc.__suppress_context__))
            if wanted and context is not None and id(context) not in seen:
                node.__context__ = _child(context, options, seen)
                children.append((node.__context__, context))
            if isinstance(exc, BaseExceptionGroup):
                node.exceptions = []
                for member in exc.exceptions:
                    made = _child(member, options, seen)
                    node.exceptions.append(made)
                    children.append((made, member))
            pending.extend(children)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        qual, mod = self.exc_type_qualname, self.exc_type_module
        if qual is None:
            return None
        if not isinstance(mod, str):
            return '<unknown>.' + qual
        if mod in ('__main__', 'builtins'):
            return qual
        return mod + '.' + qual

    def _load_lines(self):
        """Private API. force all lines in the stack to be loaded."""
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """Format the exception part of the traceback.

        The return value is a generator of strings, each ending in a newline.

        Generator yields the exception message.
        For :exc:`SyntaxError` exceptions, it
        also yields (before the exception message)
        several lines that (when printed)
        display detailed information about where the syntax error occurred.
        Following the message, generator also yields
        all the exception's ``__notes__``.

        When *show_group* is ``True``, and the exception is an instance of
        :exc:`BaseExceptionGroup`, the nested exceptions are included as
        well, recursively, with indentation relative to their nesting depth.
        """
        colorize = kwargs.get('colorize', False)
        pad = '   ' * _depth
        for line in self._own_lines(colorize):
            yield pad + line
        if show_group and self.exceptions is not None:
            for member in self.exceptions:
                yield from member.format_exception_only(
                    show_group=True, _depth=_depth + 1, colorize=colorize)

    def _own_lines(self, colorize):
        """The exception's message line(s), then its notes."""
        kind = self.exc_type_str
        if self._is_syntax_error:
            yield from self._syntax_error_lines(kind, colorize)
        elif self._str:
            yield '{}: {}\n'.format(_paint(kind, 'type', colorize),
                                    _paint(self._str, 'message', colorize))
        else:
            yield _paint(str(kind), 'type', colorize) + '\n'
        notes = self.__notes__
        if notes is None:
            return
        if not _has_notes_sequence(notes):
            yield _as_text(notes, '__notes__', repr) + '\n'
            return
        for note in notes:
            for piece in _as_text(note, 'note').split('\n'):
                yield piece + '\n'

    def _syntax_error_lines(self, kind, colorize):
        suffix = ''
        if self.lineno is not None:
            yield '  File {}, line {}\n'.format(
                _paint('"%s"' % (self.filename or '<string>',), 'filename',
                       colorize),
                _paint(self.lineno, 'line_no', colorize))
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        if isinstance(self.text, str):
            yield from self._syntax_error_source(colorize)
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(_paint(kind, 'type', colorize),
                                  _paint(str(msg), 'message', colorize),
                                  suffix)

    def _syntax_error_source(self, colorize):
        whole = self.text
        body = whole.rstrip('\n')
        shown = body.lstrip(' \n\f')
        lead = len(body) - len(shown)
        if self.offset is None:
            yield '    {}\n'.format(shown)
            return
        if not isinstance(self.offset, int):
            return
        start = self.offset
        one_line = self.lineno == self.end_lineno
        if one_line:
            end = self.end_offset if (isinstance(self.end_offset, int)
                                      and self.end_offset) else start
        else:
            end = len(body) + 1
        if whole and start > len(whole):
            start = len(body) + 1
        if whole and end > len(whole):
            end = len(body) + 1
        if start >= end or end < 0:
            end = start + 1
        col, end_col = start - 1 - lead, end - 1 - lead
        if col < 0:
            yield '    {}\n'.format(shown)
            return
        marked = _paint(shown[col:end_col], 'highlight', colorize)
        yield '    {}{}{}\n'.format(shown[:col], marked, shown[end_col:])
        gap = ''.join(c if c.isspace() else ' ' for c in shown[:col])
        yield '    {}{}\n'.format(gap, _paint('^' * (end_col - col),
                                              'highlight', colorize))

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """Format the exception.

        If chain is not *True*, *__cause__* and *__context__* will not be formatted.

        The return value is a generator of strings, each ending in a newline and
        some containing internal newlines. `print_exception` is a wrapper around
        this method which just prints the lines to a file.

        The message indicating which exception occurred is always the last
        string in the output.
        """
        if _ctx is None:
            _ctx = _Layout()
        colorize = kwargs.get('colorize', False)
        # oldest first: follow the chain, then walk it backwards
        links = []
        node = self
        while node is not None:
            if chain and node.__cause__ is not None:
                links.append((node, _CAUSE_TEXT))
                node = node.__cause__
            elif (chain and node.__context__ is not None
                  and not node.__suppress_context__):
                links.append((node, _CONTEXT_TEXT))
                node = node.__context__
            else:
                links.append((node, None))
                node = None
        for node, joint in reversed(links):
            if joint is not None:
                yield _ctx.margin(joint)
            if node.exceptions is None:
                yield from node._format_single(_ctx, colorize)
            else:
                yield from node._format_group(_ctx, chain, colorize)

    def _format_single(self, ctx, colorize):
        if self.stack:
            yield ctx.margin('Traceback (most recent call last):\n')
            yield from ctx.each(self.stack.format(colorize=colorize))
        yield from ctx.each(self.format_exception_only(colorize=colorize))

    def _format_group(self, ctx, chain, colorize):
        if ctx.depth > self.max_group_depth:
            yield ctx.margin('... (max_group_depth is {})\n'.format(
                self.max_group_depth))
            return
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth = 1
        if self.stack:
            yield ctx.margin(
                'Exception Group Traceback (most recent call last):\n',
                '+' if outermost else '|')
            yield from ctx.each(self.stack.format(colorize=colorize))
        yield from ctx.each(self.format_exception_only(colorize=colorize))
        members = self.exceptions
        width = self.max_group_width
        shown = min(len(members), width + 1)
        ctx.close_box = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                ctx.close_box = True
            lead = '+-' if index == 0 else '  '
            if index < width:
                yield ctx.rule(lead + '+---------------- {} ----------------'
                               .format(index + 1))
                ctx.depth += 1
                yield from members[index].format(chain=chain, _ctx=ctx,
                                                 colorize=colorize)
            else:
                yield ctx.rule(lead + '+---------------- ... ----------------')
                ctx.depth += 1
                more = len(members) - width
                yield ctx.margin('and {} more exception{}\n'.format(
                    more, 's' if more > 1 else ''))
            if last and ctx.close_box:
                yield ctx.rule('+------------------------------------')
                ctx.close_box = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True, **kwargs):
        """Print the result of self.format(chain=chain) to 'file'."""
        _emit_all(self.format(chain=chain, **kwargs), _out(file))


def _child(exc, options, seen):
    seen.add(id(exc))
    return TracebackException(type(exc), exc, exc.__traceback__,
                              _seen=seen, **options)


def format_exception(exc, /, value=_unset, tb=_unset, limit=None,
                     chain=True, **kwargs):
    """Format a stack trace and the exception information.

    The arguments have the same meaning as the corresponding arguments
    to print_exception().  The return value is a list of strings, each
    ending in a newline and some containing internal newlines.  When
    these lines are concatenated and printed, exactly the same text is
    printed as does print_exception().
    """
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain, colorize=kwargs.get('colorize', False)))


def format_exception_only(exc, /, value=_unset, *, show_group=False, **kwargs):
    """Format the exception part of a traceback.

    The return value is a list of strings, each ending in a newline.

    The list contains the exception's message, which is
    normally a single string; however, for :exc:`SyntaxError` exceptions, it
    contains several lines that (when printed) display detailed information
    about where the syntax error occurred. Following the message, the list
    contains the exception's ``__notes__``.

    When *show_group* is ``True``, and the exception is an instance of
    :exc:`BaseExceptionGroup`, the nested exceptions are included as
    well, recursively, with indentation relative to their nesting depth.
    """
    if value is _unset:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(
        show_group=show_group, colorize=kwargs.get('colorize', False)))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None,
                    chain=True, **kwargs):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'.

    This differs from print_tb() in the following ways: (1) if
    traceback is not None, it prints a header "Traceback (most recent
    call last):"; (2) it prints the exception type and value after the
    stack trace; (3) if type is SyntaxError and value has the
    appropriate format, it prints the line where the syntax error
    occurred with a caret on the next line indicating the approximate
    position of the error.
    """
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain, colorize=kwargs.get('colorize', False))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit=limit, file=file, chain=chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_exc, limit=limit, file=file, chain=chain)'."""
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, 'last_type'):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError('no last exception')

"""Support to pretty-print lists, tuples, & dictionaries recursively.

Very simple, but useful, especially in debugging data structures.

Classes
-------

PrettyPrinter()
    Handle pretty-printing operations onto a stream using a configured
    set of formatting parameters.

Functions
---------

pformat()
    Format a Python object into a pretty-printed representation.

pprint()
    Pretty-print a Python object to a stream [default is sys.stdout].

saferepr()
    Generate a 'standard' repr()-like value, but protect against recursive
    data structures.

"""

# How this module is built
# ------------------------
# Two renderers share the work.
#
# * The one-line renderer (PrettyPrinter.format, the documented hook) gives
#   repr() text for any object, guarding against cycles and honouring the
#   depth limit for plain dicts, lists and tuples.  It returns the text with
#   two flags: "readable" (eval() could rebuild the value) and "recursive".
#
# * The block renderer (_Layout below) is used only by pformat/pprint.  It
#   asks for the one-line text first; when that text does not fit between
#   the current column and the right margin (less what must follow it on
#   its last line, the "tail"), it looks up a layout routine by the identity
#   of type(obj).__repr__ -- so a subclass that brings its own __repr__ is
#   never taken apart -- and lets that routine spread the value over lines.
#   Every routine returns its text; continuation lines carry their own
#   leading spaces, so a routine only has to know its starting column.

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            stream=stream, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return _flat(PrettyPrinter(), object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    _, readable, recursive = _flat(PrettyPrinter(), object, {}, None, 0)
    return readable and not recursive


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return _flat(PrettyPrinter(), object, {}, None, 0)[2]


class _Orderable:
    """Sort key that never raises: values that refuse to be compared are
    put in order by the name of their type, then by identity."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return ((str(type(mine)), id(mine)) <
                    (str(type(theirs)), id(theirs)))


def _by_key(pair):
    return _Orderable(pair[0])


def _cycle_text(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


# Exact types whose repr() is always valid Python.
_PLAIN_TYPES = frozenset({str, bytes, bytearray, float, complex, bool,
                          int, type(None)})


def _flat(printer, obj, seen, limit, level):
    """One-line text of obj as (text, readable, recursive).

    seen maps the ids of the containers being shown around obj; limit is
    the depth limit (None or 0 for none), level how deep obj sits.  Items
    go through printer.format, so a subclass's override reaches them."""
    kind = type(obj)
    if kind in _PLAIN_TYPES:
        if kind is int and printer._underscores:
            return format(obj, '_d'), True, False
        return repr(obj), True, False
    shown_by = kind.__repr__
    if shown_by is int.__repr__ and printer._underscores:
        return format(obj, '_d'), True, False
    if shown_by is dict.__repr__ and isinstance(obj, dict):
        return _flat_mapping(printer, obj, seen, limit, level)
    if ((shown_by is list.__repr__ and isinstance(obj, list)) or
            (shown_by is tuple.__repr__ and isinstance(obj, tuple))):
        return _flat_sequence(printer, obj, seen, limit, level)
    text = repr(obj)
    return text, bool(text) and not text.startswith('<'), False


def _flat_mapping(printer, obj, seen, limit, level):
    if not obj:
        return '{}', True, False
    key = id(obj)
    if limit and level >= limit:
        return '{...}', False, key in seen
    if key in seen:
        return _cycle_text(obj), False, True
    pairs = obj.items()
    if printer._sort_dicts:
        pairs = sorted(pairs, key=_by_key)
    seen[key] = 1
    readable, recursive, texts = True, False, []
    for k, v in pairs:
        ktext, kread, krec = printer.format(k, seen, limit, level + 1)
        vtext, vread, vrec = printer.format(v, seen, limit, level + 1)
        texts.append(ktext + ': ' + vtext)
        readable = readable and kread and vread
        recursive = recursive or krec or vrec
    del seen[key]
    return ('{' + ', '.join(texts) + '}', readable and not recursive,
            recursive)


def _flat_sequence(printer, obj, seen, limit, level):
    is_list = isinstance(obj, list)
    opening, closing = ('[', ']') if is_list else ('(', ')')
    if len(obj) == 1 and not is_list:
        closing = ',)'
    if not obj:
        return opening + closing, True, False
    key = id(obj)
    if limit and level >= limit:
        return opening + '...' + closing, False, key in seen
    if key in seen:
        return _cycle_text(obj), False, True
    seen[key] = 1
    readable, recursive, texts = True, False, []
    for item in obj:
        text, read, rec = printer.format(item, seen, limit, level + 1)
        texts.append(text)
        readable = readable and read
        recursive = recursive or rec
    del seen[key]
    return (opening + ', '.join(texts) + closing,
            readable and not recursive, recursive)


def _words(line):
    """Split line into pieces, each a run of non-space characters followed
    by the whitespace after it (a first piece may be whitespace only)."""
    pieces = []
    start, i, n = 0, 0, len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
        start = i
    return pieces


def _fill(pieces, room, last_room, shown):
    """Greedily join pieces into runs whose shown text (shown(run)) fits
    room; the final piece must leave last_room instead.  Returns the shown
    texts of the runs."""
    runs, current = [], None
    final = len(pieces) - 1
    for index, piece in enumerate(pieces):
        if current is None:
            current = piece
            continue
        limit = last_room if index == final else room
        joined = current + piece
        if len(shown(joined)) > limit:
            runs.append(shown(current))
            current = piece
        else:
            current = joined
    if current is not None:
        runs.append(shown(current))
    return runs


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent
            Number of spaces to indent for each level of nesting.

        width
            Attempted maximum number of columns in the output.

        depth
            The maximum depth to print out nested structures.

        stream
            The desired output stream.  If omitted (or false), the standard
            output stream available at construction will be used.

        compact
            If true, several items will be combined in one line.

        sort_dicts
            If true, dict keys are sorted.

        underscore_numbers
            If true, digit groups are separated with underscores.

        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._margin = width
        self._limit = depth
        self._out = _sys.stdout if stream is None else stream
        self._packed = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscores = underscore_numbers

    def pprint(self, object):
        if self._out is not None:
            self._out.write(self.pformat(object))
            self._out.write('\n')

    def pformat(self, object):
        return _Layout(self).block(object, 0, 0, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return _flat(self, object, context, maxlevels, level)


def _is_generated_dataclass(obj):
    """True for a dataclass instance shown by the __repr__ its decorator
    wrote (a class's own __repr__ is respected)."""
    if isinstance(obj, type) or not hasattr(type(obj),
                                            '__dataclass_fields__'):
        return False
    params = getattr(type(obj), '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(type(obj).__repr__, '__wrapped__', None)
    return '__create_fn__' in getattr(inner, '__qualname__', '')


class _Layout:
    """One pformat() run: spreads a value over lines for a PrettyPrinter.

    block(obj, col, tail, level) returns the text of obj placed at column
    col with tail characters still to follow its last line.  The ids of the
    containers being spread out are kept in self.open, so a value met again
    inside itself is shown as a recursion marker."""

    def __init__(self, printer):
        self.p = printer
        self.open = {}

    def flat(self, obj, level):
        return self.p.format(obj, dict(self.open), self.p._limit, level)[0]

    def block(self, obj, col, tail, level):
        key = id(obj)
        if key in self.open:
            return _cycle_text(obj)
        text = self.flat(obj, level)
        if len(text) <= self.p._margin - col - tail:
            return text
        routine = _ROUTINES.get(type(obj).__repr__)
        if routine is None:
            if not _is_generated_dataclass(obj):
                return text
            routine = _Layout.dataclass
        self.open[key] = 1
        try:
            return routine(self, obj, col, tail, level + 1)
        finally:
            del self.open[key]

    # -- helpers shared by the routines ---------------------------------

    def newline(self, col):
        return '\n' + ' ' * col

    def items(self, objs, col, tail, level):
        """Values one per line (or packed, in compact mode), separated by
        commas; the caller writes the brackets."""
        if self.p._packed:
            return self.packed(objs, col, tail, level)
        parts = []
        final = len(objs) - 1
        for index, obj in enumerate(objs):
            parts.append(self.block(obj, col, tail if index == final else 1,
                                    level))
        return (',' + self.newline(col)).join(parts)

    def packed(self, objs, col, tail, level):
        # Room counts each value with the ", " after it; the last value of
        # a line needs no space, hence the extra column.
        room = self.p._margin - col + 1
        left = room
        out, sep = [], ''
        final = len(objs) - 1
        for index, obj in enumerate(objs):
            text = self.flat(obj, level)
            need = len(text) + 2
            if index == final:
                need += tail
            if need > left:
                left = room
                if sep:
                    sep = ',' + self.newline(col)
            if need <= left:
                left -= need
                out.append(sep + text)
                sep = ', '
                continue
            out.append(sep + self.block(obj, col, tail if index == final
                                        else 1, level))
            sep = ',' + self.newline(col)
        return ''.join(out)

    def pairs(self, pairs, col, tail, level):
        """'key: value' lines; keys stay on one line, values are blocks."""
        lines = []
        final = len(pairs) - 1
        for index, (k, v) in enumerate(pairs):
            head = self.flat(k, level) + ': '
            lines.append(head + self.block(v, col + len(head),
                                           tail if index == final else 1,
                                           level))
        return (',' + self.newline(col)).join(lines)

    def fields(self, named, col, tail, level):
        """'name=value' lines of a namespace or dataclass; a value that is
        one of the objects being shown is written '...'."""
        lines = []
        final = len(named) - 1
        for index, (name, value) in enumerate(named):
            head = name + '='
            if id(value) in self.open:
                lines.append(head + '...')
                continue
            lines.append(head + self.block(value, col + len(head),
                                           tail if index == final else 1,
                                           level))
        return (',' + self.newline(col)).join(lines)

    def bracketed(self, opening, body_of, closing, col, tail):
        """opening + padding + body + closing, where body_of(col, tail)
        lays out the inside starting at the padded column."""
        # The inside starts indent columns right of the bracket (which
        # ends opening); a zero indent keeps it under the bracket.
        pad = ' ' * (self.p._step - 1)
        inner = col + len(opening) - 1 + self.p._step
        return opening + pad + body_of(inner, tail + len(closing)) + closing

    def sorted_pairs(self, mapping):
        pairs = list(mapping.items())
        if self.p._sort_dicts:
            pairs.sort(key=_by_key)
        return pairs

    # -- the routines -------------------------------------------------

    def dict_(self, obj, col, tail, level):
        pairs = self.sorted_pairs(obj)
        return self.bracketed(
            '{', lambda c, t: self.pairs(pairs, c, t, level), '}', col, tail)

    def list_(self, obj, col, tail, level):
        return self.bracketed(
            '[', lambda c, t: self.items(obj, c, t, level), ']', col, tail)

    def tuple_(self, obj, col, tail, level):
        closing = ',)' if len(obj) == 1 else ')'
        return self.bracketed(
            '(', lambda c, t: self.items(obj, c, t, level), closing,
            col, tail)

    def set_(self, obj, col, tail, level):
        if not obj:
            return repr(obj)
        kind = type(obj)
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
        values = sorted(obj, key=_Orderable)
        return self.bracketed(
            opening, lambda c, t: self.items(values, c, t, level), closing,
            col, tail)

    def str_(self, obj, col, tail, level):
        if level == 1:
            col += 1
            tail += 1
        room = self.p._margin - col
        runs = []
        lines = obj.splitlines(True)
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - tail if last_line else room):
                runs.append(whole)
                continue
            runs.extend(_fill(_words(line), room,
                              room - tail if last_line else room, repr))
        if len(runs) <= 1:
            return repr(obj)
        text = self.newline(col).join(runs)
        return '(' + text + ')' if level == 1 else text

    def bytes_(self, obj, col, tail, level):
        if len(obj) <= 4:
            return repr(obj)
        if level == 1:
            col += 1
            tail += 1
        data = bytes(obj)
        groups = [data[i:i + 4] for i in range(0, len(data), 4)]
        room = self.p._margin - col
        # What follows the value counts only against a short final group.
        last_room = room - tail if len(data) % 4 else room
        text = self.newline(col).join(_fill(groups, room, last_room, repr))
        return '(' + text + ')' if level == 1 else text

    def bytearray_(self, obj, col, tail, level):
        opening = 'bytearray('
        return opening + self.bytes_(bytes(obj), col + len(opening),
                                     tail + 1, level + 1) + ')'

    def mappingproxy_(self, obj, col, tail, level):
        opening = 'mappingproxy('
        return opening + self.block(obj.copy(), col + len(opening),
                                    tail + 1, level) + ')'

    def namespace_(self, obj, col, tail, level):
        kind = type(obj)
        name = 'namespace' if kind is _types.SimpleNamespace else kind.__name__
        start = col + len(name) + 1
        named = list(obj.__dict__.items())
        return name + '(' + self.fields(named, start, tail, level) + ')'

    def dataclass(self, obj, col, tail, level):
        import dataclasses
        name = type(obj).__name__
        named = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        start = col + len(name) + 1
        return name + '(' + self.fields(named, start, tail, level) + ')'

    def ordered_dict(self, obj, col, tail, level):
        if not obj:
            return repr(obj)
        name = type(obj).__name__ + '('
        return name + self.block(list(obj.items()), col + len(name),
                                 tail + 1, level) + ')'

    def default_dict(self, obj, col, tail, level):
        if not obj:
            return repr(obj)
        name = type(obj).__name__ + '('
        start = col + len(name)
        factory = self.flat(obj.default_factory, level)
        return (name + factory + ',' + self.newline(start) +
                self.dict_(obj, start, tail + 1, level) + ')')

    def counter(self, obj, col, tail, level):
        if not obj:
            return repr(obj)
        counts = obj.most_common()
        return self.bracketed(
            type(obj).__name__ + '({',
            lambda c, t: self.pairs(counts, c, t, level), '})', col, tail)

    def chain_map(self, obj, col, tail, level):
        name = type(obj).__name__ + '('
        return name + self.items_plain(obj.maps, col + len(name),
                                       tail + 1, level) + ')'

    def items_plain(self, objs, col, tail, level):
        final = len(objs) - 1
        return (',' + self.newline(col)).join(
            self.block(obj, col, tail if index == final else 1, level)
            for index, obj in enumerate(objs))

    def deque_(self, obj, col, tail, level):
        if not obj:
            return repr(obj)
        name = type(obj).__name__ + '('
        start = col + len(name)
        values = list(obj)
        if obj.maxlen is None:
            return name + self.bracketed(
                '[', lambda c, t: self.items(values, c, t, level), ']',
                start, tail + 1) + ')'
        body = self.bracketed(
            '[', lambda c, t: self.items(values, c, t, level), ']',
            start, 1)
        return (name + body + ',' + self.newline(start) +
                'maxlen=' + self.flat(obj.maxlen, level) + ')')

    def user_wrapper(self, obj, col, tail, level):
        # UserDict, UserList and UserString show their data as it is.
        return self.block(obj.data, col, tail, level - 1)


_ROUTINES = {
    dict.__repr__: _Layout.dict_,
    list.__repr__: _Layout.list_,
    tuple.__repr__: _Layout.tuple_,
    set.__repr__: _Layout.set_,
    frozenset.__repr__: _Layout.set_,
    str.__repr__: _Layout.str_,
    bytes.__repr__: _Layout.bytes_,
    bytearray.__repr__: _Layout.bytearray_,
    _types.MappingProxyType.__repr__: _Layout.mappingproxy_,
    _types.SimpleNamespace.__repr__: _Layout.namespace_,
    _collections.OrderedDict.__repr__: _Layout.ordered_dict,
    _collections.defaultdict.__repr__: _Layout.default_dict,
    _collections.Counter.__repr__: _Layout.counter,
    _collections.ChainMap.__repr__: _Layout.chain_map,
    _collections.deque.__repr__: _Layout.deque_,
    _collections.UserDict.__repr__: _Layout.user_wrapper,
    _collections.UserList.__repr__: _Layout.user_wrapper,
    _collections.UserString.__repr__: _Layout.user_wrapper,
}

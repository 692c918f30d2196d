"""Support for regular expressions (RE).

Python's regular expression syntax, parsed and translated by the _pcre
module and matched by PCRE2; Pattern and Match are defined here on its one
search primitive."""

import _pcre
import copyreg
from _operator import index as _index
import enum as _enum

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"



@_enum.global_enum
@_enum._simple_enum(_enum.IntFlag, boundary=_enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    DEBUG = 128
    # str() shows the repr, re.IGNORECASE|re.MULTILINE, as CPython's does
    __str__ = object.__str__
    _numeric_repr_ = hex


# plain ints: the names are taken off an int that may hold unknown bits too
_FLAG_NAMES = tuple((flag.value, "re." + flag.name) for flag in (
    IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG, ASCII))

_MAXSIZE = (1 << 63) - 1
_GenericAlias = type(list[int])


class PatternError(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError


def _flags_repr(flags, is_str):
    names = []
    flags = int(flags)
    if is_str and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
        flags &= ~UNICODE.value
    for value, name in _FLAG_NAMES:
        if flags & value:
            names.append(name)
            flags &= ~value
    if flags:
        names.append("0x%x" % flags)
    return "|".join(names)


class _ReadOnly:
    """An attribute of Pattern kept in one of its slots, which programs may
    read but not set."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        return self if obj is None else self._slot.__get__(obj, cls)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("_engine", "_pattern", "_flags", "_groups", "_groupindex")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = _flags_repr(self.flags, isinstance(self.pattern, str))
        if flags:
            return "re.compile(%s, %s)" % (text, flags)
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        """Patterns are generic over the type of string they handle (str or bytes)"""
        return _GenericAlias(cls, item)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding Match instance."""
        return self._engine.search(self, string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._engine.search(self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._engine.search(self, string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        return iter(self._engine.scanner(self, string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return self._engine.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            self._engine.search(self, string, 0, 0, 0)  # the type checks
            return [_whole(string)]
        return self._engine.split(string, maxsplit)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost
        non-overlapping occurrences of pattern with the replacement repl."""
        count = _index(count)
        if not callable(repl):
            template = _compile_template(self, repl)
            if count < 0:
                self._engine.search(self, string, 0, 0, 0)  # the type checks
                return _whole(string), 0
            return self._engine.subtemplate(string, template, count)
        pieces = []
        last = 0
        n = 0
        if count < 0:
            return _whole(string), 0
        empty = _empty(string)
        for m in self.finditer(string):
            if count and n >= count:
                break
            start, end = m.span()
            if last < start:
                pieces.append(_slice(string, last, start))
            piece = repl(m)
            if piece is not None and (piece or not isinstance(piece, type(empty))):
                pieces.append(piece)
            last = end
            n += 1
        if not n:
            return _whole(string), 0
        if last < len(string):
            pieces.append(_slice(string, last, len(string)))
        return _empty(string).join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences
        of pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return self._engine.scanner(self, string, pos, endpos)


Pattern.__init__.__qualname__ = "Pattern.__init__"
Pattern.pattern = _ReadOnly(Pattern._pattern, "The pattern string from which the RE object was compiled.")
Pattern.flags = _ReadOnly(Pattern._flags, "The regex matching flags.")
Pattern.groups = _ReadOnly(Pattern._groups, "The number of capturing groups in the pattern.")
Pattern.groupindex = _ReadOnly(Pattern._groupindex, "A dictionary mapping group names to group numbers.")


def _slice(string, start, end):
    if isinstance(string, str):
        return str(string[start:end])
    return bytes(string[start:end])


def _whole(string):
    """The subject untouched: the very object when it is an exact str or
    bytes (as CPython returns it), else a copy of that type."""
    if type(string) in (str, bytes):
        return string
    return _slice(string, 0, len(string))


def _empty(string):
    return "" if isinstance(string, str) else b""


Match = _pcre.Match


# ---- replacement templates ---------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

_template_cache = {}


def _compile_template(pattern, repl):
    """The replacement repl as a list of literal pieces and group numbers."""
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    template = _parse_template(pattern, repl)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    try:
        _template_cache[key] = template
    except TypeError:
        pass
    return template


def _parse_template(pattern, repl):
    if isinstance(repl, str):
        is_bytes = False
        text = repl
    else:
        is_bytes = True
        text = str(repl, "latin1")
    pieces = []
    literal = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise PatternError(msg, repl, pos)

    def group(index):
        if literal:
            pieces.append("".join(literal))
            literal.clear()
        pieces.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        start = i - 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            name_start = i
            end = text.find(">", i)
            if end < 0:
                fail("missing >, unterminated name" if i < n else "missing group name", name_start)
            name = text[name_start:end]
            i = end + 1
            if not name:
                fail("missing group name", name_start)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    fail("invalid group reference %d" % index, name_start)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                fail("bad character in group name %r" % name, name_start)
            group(index)
        elif c == "0":
            value = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCTAL:
                value = value * 8 + int(text[i])
                i += 1
                k += 1
            literal.append(chr(value))
        elif c in _DIGITS:
            if (i < n and text[i] in _DIGITS):
                if (c in _OCTAL and text[i] in _OCTAL and i + 1 < n and text[i + 1] in _OCTAL):
                    value = int(text[i - 1:i + 2], 8)
                    if value > 0o377:
                        fail("octal escape value %s outside of range 0-0o377" % text[start:i + 2], start)
                    literal.append(chr(value))
                    i += 2
                    continue
                index = int(text[i - 1:i + 1])
                i += 1
            else:
                index = int(c)
            if index > pattern.groups:
                fail("invalid group reference %d" % index, start + 1)
            group(index)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            fail("bad escape %s" % text[start:i], start)
        else:
            literal.append("\\" + c)
    if literal or not pieces:
        pieces.append("".join(literal))
    if is_bytes:
        pieces = [p.encode("latin-1") if type(p) is str else p for p in pieces]
    return pieces


def _expand_match(match, template):
    """Match.expand: the template with the groups of match put in."""
    out = []
    for piece in _compile_template(match.re, template):
        if type(piece) is int:
            piece = match.group(piece)
            if piece is None:
                continue
        out.append(piece)
    return _empty(match.string).join(out)


# ---- the module's functions ----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if isinstance(flags, RegexFlag):
        flags = flags.value
    flags & DEBUG.value  # refuses a flags argument that is not an int
    notes = []
    try:
        engine = _pcre.compile(pattern, flags, PatternError, notes)
    except PatternError as exc:
        failure = exc
    else:
        failure = None
    # the FutureWarnings come first, even for a pattern found malformed later
    for message in notes:
        _warn_caller(message, FutureWarning)
    if failure is not None:
        raise failure
    _check_type_flags(engine.flags, isinstance(pattern, str))
    p = object.__new__(Pattern)
    p._engine = engine
    p._pattern = pattern
    p._flags = engine.flags
    p._groups = engine.groups
    p._groupindex = _mappingproxy(engine.groupindex) if engine.groupindex else {}
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


_mappingproxy = type(type.__dict__)


def _warn_caller(message, category):
    """Issues a warning that points at the first frame outside this module."""
    import warnings
    warnings.warn(message, category, skip_file_prefixes=(_HERE,))


def _positional_options(name, given, extra, options):
    """The values of a function's optional arguments that may still be
    passed by position: given is how many positions the function itself
    takes, extra the further positional arguments, options [name, value]
    pairs (value _UNSET when not given by keyword).  Passing them by
    position is deprecated, as in CPython."""
    if len(extra) > len(options):
        raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                        % (name, given, given + len(options), given + len(extra)))
    values = []
    for k, (option, value) in enumerate(options):
        if k < len(extra):
            if value is not _UNSET:
                raise TypeError("%s() got multiple values for argument %r" % (name, option))
            value = extra[k]
        elif value is _UNSET:
            value = 0
        values.append(value)
    if extra:
        _warn_caller("%r is passed as positional argument" % options[0][0], DeprecationWarning)
    return values


_UNSET = object()


_HERE = _warn_caller.__code__.co_filename


def _check_type_flags(flags, is_str):
    """Refuses the combinations of ASCII, LOCALE and UNICODE (given or inline)
    that CPython refuses once the pattern is parsed."""
    if is_str:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & UNICODE and flags & ASCII:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")


def _reduce_pattern(pattern):
    # pickled as the call that compiles it again
    return _compile, (pattern.pattern, pattern.flags)


copyreg.pickle(Pattern, _reduce_pattern, _compile)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:  # compiled outside an except clause: its errors carry no context
        p = _compile(pattern, flags)
    return p._engine.search(p, string, 0, _MAXSIZE, 1)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:  # compiled outside an except clause: its errors carry no context
        p = _compile(pattern, flags)
    return p._engine.search(p, string, 0, _MAXSIZE, 2)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:  # compiled outside an except clause: its errors carry no context
        p = _compile(pattern, flags)
    return p._engine.search(p, string, 0, _MAXSIZE, 0)


def sub(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    count, flags = _positional_options("sub", 3, args, [["count", count], ["flags", flags]])
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Return a 2-tuple containing (new_string, number)."""
    count, flags = _positional_options("subn", 3, args, [["count", count], ["flags", flags]])
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_UNSET, flags=_UNSET):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    maxsplit, flags = _positional_options("split", 2, args, [["maxsplit", maxsplit], ["flags", flags]])
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:  # compiled outside an except clause: its errors carry no context
        p = _compile(pattern, flags)
    return p._engine.findall(string, 0, _MAXSIZE)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL).encode("latin1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # each phrase is compiled on its own (its global flags stay at its start)
        parts = [phrase for phrase, action in lexicon]
        self._actions = [action for phrase, action in lexicon]
        self._group_of = []
        self.scanner = None
        self._flags = flags
        self._parts = parts

    def scan(self, string):
        result = []
        # each phrase is tried at the current position in turn, as alternatives
        patterns = [_compile(p, self._flags) for p in self._parts]
        i = 0
        n = len(string)
        while True:
            for pattern, action in zip(patterns, self._actions):
                m = pattern.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

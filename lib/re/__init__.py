"""Support for regular expressions (RE).

Python's regular expression syntax, parsed and translated by the _pcre
module and matched by PCRE2; Pattern and Match are defined here on its one
search primitive."""

import _pcre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"

# The flags, as plain ints until the enum module exists.
NOFLAG = 0
ASCII = A = 256
IGNORECASE = I = 2
LOCALE = L = 4
UNICODE = U = 32
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64
DEBUG = 128
RegexFlag = int

_FLAG_NAMES = (
    (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"), (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"), (VERBOSE, "re.VERBOSE"),
    (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII"),
)

_MAXSIZE = (1 << 63) - 1


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
    if is_str and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
        flags &= ~UNICODE
    for value, name in _FLAG_NAMES:
        if flags & value:
            names.append(name)
            flags &= ~value
    if flags:
        names.append("0x%x" % flags)
    return "|".join(names)


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("_engine", "pattern", "flags", "groups", "groupindex", "_parents")

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

    def _search(self, string, pos, endpos, mode):
        spans = self._engine.search(string, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding Match instance."""
        return self._search(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._search(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._search(string, pos, endpos, 2)

    def _spans(self, string, pos=0, endpos=_MAXSIZE):
        # every match as finditer finds them: after an empty match, the next
        # one may start at the same place only if it is not empty
        search = self._engine.search
        mode = 0
        while True:
            spans = search(string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            start, pos = spans[0], spans[1]
            mode = 4 if start == pos else 0

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        for spans in self._spans(string, pos, endpos):
            yield _new_match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        groups = self.groups
        empty = string[:0]
        for spans in self._spans(string, pos, endpos):
            if groups == 0:
                result.append(_slice(string, spans[0], spans[1]))
            elif groups == 1:
                result.append(_slice(string, spans[2], spans[3]) if spans[2] >= 0 else _empty(string))
            else:
                result.append(tuple(_slice(string, spans[2 * g], spans[2 * g + 1]) if spans[2 * g] >= 0
                                    else _empty(string) for g in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        result = []
        last = 0
        n = 0
        groups = self.groups
        if maxsplit < 0:
            return [_slice(string, 0, len(string))]
        for spans in self._spans(string):
            if maxsplit and n >= maxsplit:
                break
            result.append(_slice(string, last, spans[0]))
            for g in range(1, groups + 1):
                result.append(_slice(string, spans[2 * g], spans[2 * g + 1]) if spans[2 * g] >= 0 else None)
            last = spans[1]
            n += 1
        result.append(_slice(string, last, len(string)))
        return result

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost
        non-overlapping occurrences of pattern with the replacement repl."""
        if callable(repl):
            literal = expand = None
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and type(template[0]) is not int:
                literal, expand = template[0], None
            else:
                literal, expand = None, template
        pieces = []
        last = 0
        n = 0
        if count < 0:
            return _slice(string, 0, len(string)), 0
        for spans in self._spans(string):
            if count and n >= count:
                break
            pieces.append(_slice(string, last, spans[0]))
            if expand is not None:
                pieces.append(_expand(string, spans, expand))
            elif literal is not None:
                pieces.append(literal)
            else:
                piece = repl(_new_match(self, string, 0, _MAXSIZE, spans))
                if piece:
                    pieces.append(piece)
            last = spans[1]
            n += 1
        pieces.append(_slice(string, last, len(string)))
        return _empty(string).join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences
        of pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


Pattern.__init__.__qualname__ = "Pattern.__init__"


class _Scanner:
    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_mode")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._mode = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        spans = self.pattern._engine.search(self._string, self._pos, self._endpos, mode | self._mode)
        if spans is None:
            self._pos = None
            return None
        m = _new_match(self.pattern, self._string, self._pos, self._endpos, spans)
        self._mode = 4 if spans[0] == spans[1] else 0
        self._pos = spans[1]
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


def _slice(string, start, end):
    if isinstance(string, str):
        return str(string[start:end])
    return bytes(string[start:end])


def _empty(string):
    return "" if isinstance(string, str) else b""


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return _slice(self.string, start, self._spans[2 * index + 1])

    def group(self, *groups):
        """Return subgroup(s) of the match by indices or names."""
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * g], spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        spans = self._spans
        best = None
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] >= 0 and (best is None or spans[2 * g + 1] >= spans[2 * best + 1]):
                best = g
        if best is None:
            return None
        # a group closes after the groups nested in it
        parents = self.re._parents
        end = spans[2 * best + 1]
        parent = parents[best]
        while parent and spans[2 * parent] >= 0 and spans[2 * parent + 1] == end:
            best = parent
            parent = parents[best]
        return best

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        index = self.lastindex
        if index is None:
            return None
        for name, value in self.re.groupindex.items():
            if value == index:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template,
        as done by the sub() method."""
        return _expand(self.string, self._spans, _compile_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self._group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__init__.__qualname__ = "Match.__init__"


def _new_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    n = len(string)
    m.pos = min(max(pos, 0), n)
    m.endpos = min(max(endpos, 0), n)
    m._spans = spans
    return m


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
    is_bytes = isinstance(repl, (bytes, bytearray))
    if is_bytes:
        if isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = str(repl, "latin-1")
    else:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        if not isinstance(pattern.pattern, str):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = repl
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


def _expand(string, spans, template):
    is_str = isinstance(string, str)
    out = []
    for piece in template:
        if type(piece) is int:
            start = spans[2 * piece]
            if start >= 0:
                out.append(_slice(string, start, spans[2 * piece + 1]))
        else:
            out.append(piece)
    return ("" if is_str else b"").join(out)


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
    flags & DEBUG
    if isinstance(pattern, str) and flags & LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if not isinstance(pattern, str):
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    elif flags & UNICODE and flags & ASCII:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    engine = _pcre.compile(pattern, flags, PatternError)
    p = object.__new__(Pattern)
    p._engine = engine
    p.pattern = pattern
    p.flags = engine.flags
    p.groups = engine.groups
    p.groupindex = _mappingproxy(engine.groupindex)
    p._parents = engine.parents
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


_mappingproxy = type(type.__dict__)


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
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL).encode("latin1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase if isinstance(phrase, str) else b"(" + phrase + b")")
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

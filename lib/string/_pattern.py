"""Regular expressions for string.Template while cipy has no re module.

A backtracking matcher for the syntax template patterns use, with re's
meaning: literals and escapes, character classes, '.', groups (capturing,
named (?P<name>...), non-capturing, with scoped flags such as (?a:...)),
alternation, the quantifiers * + ? {m,n} (greedy and lazy), the anchors
^ $ \\A \\Z (and 3.14's \\z) \\b \\B, lookahead, backreferences, and the flags IGNORECASE,
ASCII, VERBOSE, DOTALL and MULTILINE.  Compiled patterns have re's
search/match/fullmatch/finditer/findall/sub with match objects to match.
"""

IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
ASCII = 256

_FLAG_LETTERS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE,
                 "s": DOTALL, "u": UNICODE, "x": VERBOSE}
_FLAG_NAMES = [("re.IGNORECASE", IGNORECASE), ("re.LOCALE", LOCALE), ("re.MULTILINE", MULTILINE),
               ("re.DOTALL", DOTALL), ("re.VERBOSE", VERBOSE), ("re.ASCII", ASCII)]
_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


class PatternError(Exception):
    """A regular expression that cannot be compiled."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if "\n" in pattern:
                self.lineno = pattern.count("\n", 0, pos) + 1
                self.colno = pos - (pattern.rfind("\n", 0, pos) + 1) + 1
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                self.lineno = self.colno = 1
        super().__init__(msg)


error = PatternError


def escape(pattern):
    """Escape special characters in a string."""
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    return Pattern(pattern, flags)


# ---- character tests -------------------------------------------------------

def _is_word(c, ascii):
    if ascii:
        return c == "_" or ("0" <= c <= "9") or ("a" <= c <= "z") or ("A" <= c <= "Z")
    return c == "_" or c.isalnum()


def _is_digit(c, ascii):
    return "0" <= c <= "9" if ascii else c.isdecimal()


def _is_space(c, ascii):
    return c in " \t\n\r\v\f" if ascii else c.isspace()


def _case_forms(c, ascii):
    """The characters c matches under IGNORECASE."""
    if ascii:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            return (c.lower(), c.upper())
        return (c,)
    forms = {c, c.lower(), c.upper()}
    return tuple(f for f in forms if len(f) == 1)


def _class_test(category, ascii):
    """The test of \\d \\w \\s \\D \\W \\S."""
    kind = category.lower()
    base = {"d": _is_digit, "w": _is_word, "s": _is_space}[kind]
    if category.islower():
        return lambda c: base(c, ascii)
    return lambda c: not base(c, ascii)


def _fast_test(test):
    """test, answering ASCII characters from a table made once."""
    hits = frozenset(ch for ch in map(chr, range(128)) if test(ch))

    def fast(ch):
        return ch in hits if ch < "\x80" else test(ch)
    return fast


# ---- parsing -----------------------------------------------------------------
# A pattern becomes a tree of tuples:
#   ("lit", c)                    the character c
#   ("char", test)                one character for which test(c) is true
#   ("seq", [nodes])  ("alt", [nodes])
#   ("group", index or None, node)
#   ("repeat", node, min, max or None, greedy)
#   ("at", kind, flags)           ^ $ \A \Z \b \B
#   ("look", node, negative)      lookahead
#   ("ref", index, flags)         backreference

class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.groupindex = {}
        self.open_groups = set()

    def error(self, msg, pos=None):
        return PatternError(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def skip_verbose(self, flags):
        if not flags & VERBOSE:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in " \t\n\r\v\f":
                self.i += 1
            elif c == "#":
                end = self.p.find("\n", self.i)
                self.i = len(self.p) if end < 0 else end + 1
            else:
                break

    def parse(self):
        self.leading_flags()
        node = self.alternation(self.flags)
        if self.i < len(self.p):
            raise self.error("unbalanced parenthesis")
        return node

    def leading_flags(self):
        # (?aiLmsux) at the very start sets the flags of the whole pattern
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in _FLAG_LETTERS:
            j = self.i + 2
            add = 0
            while j < len(self.p) and self.p[j] in _FLAG_LETTERS:
                add |= _FLAG_LETTERS[self.p[j]]
                j += 1
            if j >= len(self.p) or self.p[j] != ")":
                return
            self.flags |= add
            self.i = j + 1

    def alternation(self, flags):
        branches = [self.sequence(flags)]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence(flags))
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def sequence(self, flags):
        items = []
        while True:
            self.skip_verbose(flags)
            c = self.peek()
            if c == "" or c == "|" or c == ")":
                break
            start = self.i
            atom = self.atom(flags)
            self.skip_verbose(flags)
            atom = self.quantifier(atom, flags, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ("seq", items)

    def quantifier(self, atom, flags, start):
        bounds = self.repeat_bounds(consume=True)
        if bounds is None:
            return atom
        if atom[0] in ("at", "look"):
            raise self.error("nothing to repeat", start)
        greedy = True
        if self.peek() == "?":
            self.i += 1
            greedy = False
        elif self.peek() == "+":
            raise self.error("possessive quantifiers are not supported")
        self.skip_verbose(flags)
        if self.repeat_bounds(consume=False) is not None:
            raise self.error("multiple repeat")
        return ("repeat", atom, bounds[0], bounds[1], greedy)

    def repeat_bounds(self, consume):
        """The (min, max) of a quantifier at self.i (max None: no limit), or
        None when there is none ('{' not followed by a count is a literal)."""
        p = self.p
        c = self.peek()
        if c in ("*", "+", "?") and c:
            if consume:
                self.i += 1
            return {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        if c != "{":
            return None
        j = self.i + 1
        lo_start = j
        while j < len(p) and "0" <= p[j] <= "9":
            j += 1
        lo = p[lo_start:j]
        comma = j < len(p) and p[j] == ","
        hi = lo
        if comma:
            j += 1
            hi_start = j
            while j < len(p) and "0" <= p[j] <= "9":
                j += 1
            hi = p[hi_start:j]
        if j >= len(p) or p[j] != "}" or (not comma and not lo):
            return None
        lo_v = int(lo) if lo else 0
        hi_v = int(hi) if hi else None
        if hi_v is not None and hi_v < lo_v:
            raise self.error("min repeat greater than max repeat", lo_start + len(lo) + 1)
        if consume:
            self.i = j + 1
        return lo_v, hi_v

    def atom(self, flags):
        c = self.p[self.i]
        self.i += 1
        if c == "(":
            return self.group(flags, self.i - 1)
        if c == "[":
            return ("char", self.char_class(flags, self.i - 1))
        if c == ".":
            if flags & DOTALL:
                return ("char", lambda ch: True)
            return ("char", lambda ch: ch != "\n")
        if c == "^":
            return ("at", "bol", flags)
        if c == "$":
            return ("at", "eol", flags)
        if c in "*+?":
            raise self.error("nothing to repeat", self.i - 1)
        if c == "\\":
            return self.escape(flags, in_class=False)
        return self.literal(c, flags)

    def literal(self, c, flags):
        if flags & IGNORECASE:
            forms = _case_forms(c, flags & ASCII)
            if len(forms) > 1:
                return ("char", _fast_test(lambda ch: ch in forms))
        return ("lit", c)

    def escape(self, flags, in_class):
        start = self.i - 1
        if self.i >= len(self.p):
            raise self.error("bad escape (end of pattern)", start)
        c = self.p[self.i]
        self.i += 1
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\"}
        if c in simple:
            return self.char_result(simple[c], flags, in_class)
        if c in "dwsDWS":
            test = _class_test(c, flags & ASCII)
            return test if in_class else ("char", _fast_test(test))
        if c in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.p[self.i:self.i + size]
            if len(digits) != size or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise self.error("incomplete escape \\%s%s" % (c, digits), start)
            self.i += size
            return self.char_result(chr(int(digits, 16)), flags, in_class)
        if c == "0":
            digits = "0"
            while len(digits) < 3 and self.peek() in "01234567" and self.peek():
                digits += self.p[self.i]
                self.i += 1
            return self.char_result(chr(int(digits, 8)), flags, in_class)
        if c in "123456789":
            if in_class:
                raise self.error("bad escape \\%s" % c, start)
            digits = c
            if self.peek() and self.peek() in "0123456789":
                digits += self.p[self.i]
                self.i += 1
            index = int(digits)
            if index >= self.groups or index in self.open_groups:
                raise self.error("invalid group reference %d" % index, start + 1)
            return ("ref", index, flags)
        if not in_class and c in "AZzbB":
            return ("at", "Z" if c == "z" else c, flags)
        if c == "b":   # in a class: backspace
            return self.char_result("\b", flags, in_class)
        if c.isascii() and c.isalnum():
            raise self.error("bad escape \\%s" % c, start)
        return self.char_result(c, flags, in_class)

    def char_result(self, ch, flags, in_class):
        return ch if in_class else self.literal(ch, flags)

    def char_class(self, flags, start):
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        singles = []
        ranges = []
        tests = []
        first = True
        while True:
            if self.i >= len(self.p):
                raise self.error("unterminated character set", start)
            c = self.p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                item = self.escape(flags, in_class=True)
                if callable(item):
                    tests.append(item)
                    continue
                lo = item
            else:
                lo = c
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                range_start = self.i - 1
                self.i += 1
                c2 = self.p[self.i]
                self.i += 1
                if c2 == "\\":
                    hi = self.escape(flags, in_class=True)
                    if callable(hi):
                        raise self.error("bad character range %s-%s" % (lo, self.p[self.i - 2:self.i]), range_start)
                else:
                    hi = c2
                if hi < lo:
                    raise self.error("bad character range %s-%s" % (lo, hi), range_start)
                ranges.append((lo, hi))
            else:
                singles.append(lo)
        icase = flags & IGNORECASE
        ascii = flags & ASCII
        chars = frozenset(singles)

        def plain(ch):
            if ch in chars:
                return True
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return True
            for t in tests:
                if t(ch):
                    return True
            return False

        if icase:
            def test(ch):
                for form in _case_forms(ch, ascii):
                    if plain(form):
                        return True
                return False
        else:
            test = plain
        if negate:
            return _fast_test(lambda ch: not test(ch))
        return _fast_test(test)

    def group(self, flags, start):
        if self.peek() != "?":
            index = self.groups
            self.groups += 1
            return self.group_body(index, flags, start)
        self.i += 1
        c = self.peek()
        if c == ":":
            self.i += 1
            return self.group_body(None, flags, start)
        if c == "P":
            self.i += 1
            if self.peek() == "<":
                self.i += 1
                end = self.p.find(">", self.i)
                if end < 0:
                    raise self.error("missing >, unterminated name")
                name = self.p[self.i:end]
                if not name:
                    raise self.error("missing group name")
                if not name.isidentifier():
                    raise self.error("bad character in group name %r" % name)
                if name in self.groupindex:
                    raise self.error("redefinition of group name %r as group %d; was group %d"
                                     % (name, self.groups, self.groupindex[name]))
                self.i = end + 1
                index = self.groups
                self.groups += 1
                self.groupindex[name] = index
                return self.group_body(index, flags, start)
            if self.peek() == "=":
                self.i += 1
                end = self.p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated name")
                name = self.p[self.i:end]
                if name not in self.groupindex:
                    raise self.error("unknown group name %r" % name)
                self.i = end + 1
                return ("ref", self.groupindex[name], flags)
            raise self.error("unknown extension ?P" + self.peek(), start + 1)
        if c == "#":
            end = self.p.find(")", self.i)
            if end < 0:
                raise self.error("missing ), unterminated comment", start)
            self.i = end + 1
            return ("seq", [])
        if c in ("=", "!"):
            self.i += 1
            node = self.alternation(flags)
            self.close(start)
            return ("look", node, c == "!")
        if c in _FLAG_LETTERS or c == "-":
            on = off = 0
            while self.peek() in _FLAG_LETTERS and self.peek():
                on |= _FLAG_LETTERS[self.p[self.i]]
                self.i += 1
            if self.peek() == "-":
                self.i += 1
                while self.peek() in _FLAG_LETTERS and self.peek():
                    off |= _FLAG_LETTERS[self.p[self.i]]
                    self.i += 1
            if self.peek() != ":":
                raise self.error("global flags not at the start of the expression", start)
            self.i += 1
            inner = (flags | on) & ~off
            if on & ASCII:
                inner &= ~UNICODE
            return self.group_body(None, inner, start)
        raise self.error("unknown extension ?" + c, start + 1)

    def group_body(self, index, flags, start):
        if index is not None:
            self.open_groups.add(index)
        node = self.alternation(flags)
        self.close(start)
        if index is not None:
            self.open_groups.discard(index)
        return ("group", index, node)

    def close(self, start):
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1


# ---- matching ----------------------------------------------------------------
# The tree is compiled once into nested functions m(st, i, k): each tries its
# part of the pattern at position i of the subject, then calls the
# continuation k with the position after it, and returns what k returns (the
# end of the whole match) or None to backtrack.

class _State:
    def __init__(self, string, ngroups):
        self.s = string
        self.n = len(string)
        self.marks = [None] * ngroups


def _at(kind, flags, st, i):
    s = st.s
    if kind == "bol":
        return i == 0 or (flags & MULTILINE and s[i - 1] == "\n")
    if kind == "eol":
        if i == st.n or (i == st.n - 1 and s[i] == "\n"):
            return True
        return bool(flags & MULTILINE) and s[i] == "\n"
    if kind == "A":
        return i == 0
    if kind == "Z":
        return i == st.n
    ascii = flags & ASCII
    before = i > 0 and _is_word(s[i - 1], ascii)
    after = i < st.n and _is_word(s[i], ascii)
    return (before != after) if kind == "b" else (before == after)


def _compile(node):
    op = node[0]
    if op == "lit":
        c = node[1]

        def lit(st, i, k):
            return k(i + 1) if i < st.n and st.s[i] == c else None
        return lit
    if op == "char":
        test = node[1]

        def char(st, i, k):
            return k(i + 1) if i < st.n and test(st.s[i]) else None
        return char
    if op == "seq":
        return _compile_seq([_compile(n) for n in node[1]])
    if op == "alt":
        branches = [_compile(n) for n in node[1]]

        def alt(st, i, k):
            for branch in branches:
                r = branch(st, i, k)
                if r is not None:
                    return r
            return None
        return alt
    if op == "group":
        index = node[1]
        inner = _compile(node[2])
        if index is None:
            return inner

        def group(st, i, k):
            def close(j):
                old = st.marks[index]
                st.marks[index] = (i, j)
                r = k(j)
                if r is None:
                    st.marks[index] = old
                return r
            return inner(st, i, close)
        return group
    if op == "repeat":
        return _compile_repeat(node)
    if op == "at":
        kind, flags = node[1], node[2]

        def at(st, i, k):
            return k(i) if _at(kind, flags, st, i) else None
        return at
    if op == "look":
        inner, negative = _compile(node[1]), node[2]

        def look(st, i, k):
            saved = list(st.marks)
            found = inner(st, i, lambda j: j) is not None
            if negative:
                st.marks = saved
                return k(i) if not found else None
            if not found:
                return None
            r = k(i)
            if r is None:
                st.marks = saved
            return r
        return look
    if op == "ref":
        index, icase = node[1], node[2] & IGNORECASE

        def ref(st, i, k):
            mark = st.marks[index]
            if mark is None:
                return None
            text = st.s[mark[0]:mark[1]]
            got = st.s[i:i + len(text)]
            same = got.lower() == text.lower() if icase else got == text
            return k(i + len(text)) if same and len(got) == len(text) else None
        return ref
    raise AssertionError(op)


def _compile_seq(items):
    if not items:
        return lambda st, i, k: k(i)
    m = items[-1]
    for first in reversed(items[:-1]):
        m = _then(first, m)
    return m


def _then(first, rest):
    def seq(st, i, k):
        return first(st, i, lambda j: rest(st, j, k))
    return seq


def _compile_repeat(node):
    _, inner_node, lo, hi, greedy = node
    if inner_node[0] in ("lit", "char"):
        # one character at a time: count the run, then back off in a loop
        if inner_node[0] == "lit":
            c = inner_node[1]
            test = c.__eq__
        else:
            test = inner_node[1]

        def run(st, i, k):
            limit = st.n if hi is None else min(st.n, i + hi)
            s = st.s
            j = i
            while j < limit and test(s[j]):
                j += 1
            if j - i < lo:
                return None
            ends = range(j, i + lo - 1, -1) if greedy else range(i + lo, j + 1)
            for end in ends:
                r = k(end)
                if r is not None:
                    return r
            return None
        return run
    inner = _compile(inner_node)

    def repeat(st, i, k):
        def step(count, pos):
            if count >= lo and not greedy:
                r = k(pos)
                if r is not None:
                    return r
            if hi is None or count < hi:
                def again(j):
                    if j == pos and count >= lo:
                        return None     # an empty iteration cannot repeat
                    return step(count + 1, j)
                r = inner(st, pos, again)
                if r is not None:
                    return r
            if count >= lo and greedy:
                return k(pos)
            return None
        return step(0, i)
    return repeat


def _first(node):
    """What every match starts with: ("lit", c), ("char", test) or None."""
    op = node[0]
    if op in ("lit", "char"):
        return node
    if op == "seq":
        return _first(node[1][0]) if node[1] else None
    if op == "group":
        return _first(node[2])
    if op == "repeat" and node[2] >= 1:
        return _first(node[1])
    return None


class Match:
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group < len(self._marks):
                return group
        elif isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def span(self, group=0):
        mark = self._marks[self._index(group)]
        return mark if mark is not None else (-1, -1)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        found = []
        for g in groups:
            mark = self._marks[self._index(g)]
            found.append(None if mark is None else self.string[mark[0]:mark[1]])
        return found[0] if len(found) == 1 else tuple(found)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        return tuple(default if m is None else self.string[m[0]:m[1]] for m in self._marks[1:])

    def groupdict(self, default=None):
        return {name: self.group(name) if self._marks[i] is not None else default
                for name, i in self.re.groupindex.items()}

    @property
    def lastindex(self):
        best = None
        for i, m in enumerate(self._marks[1:], 1):
            if m is not None and (best is None or m[1] >= self._marks[best][1]):
                best = i
        return best

    def __repr__(self):
        return "<%s object; span=%r, match=%r>" % (type(self).__name__, self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        if not flags & ASCII:
            flags |= UNICODE
        parser = _Parser(pattern, flags)
        self._tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.groupindex)
        self._match = _compile(self._tree)
        self._start = _first(self._tree)

    def __repr__(self):
        # re shows at most 200 characters of the pattern's repr, then the
        # flags by name (UNICODE, the default for str patterns, left out)
        shown = repr(self.pattern)[:200]
        names = [name for name, flag in _FLAG_NAMES if self.flags & flag]
        if names:
            return "re.compile(%s, %s)" % (shown, "|".join(names))
        return "re.compile(%s)" % (shown,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    def _at(self, string, i, endpos, nonempty=False):
        st = _State(string[:endpos] if endpos < len(string) else string, self.groups + 1)

        def done(j):
            return None if nonempty and j == i else j
        end = self._match(st, i, done)
        if end is None:
            return None
        st.marks[0] = (i, end)
        return st.marks

    def _search(self, string, pos, endpos, nonempty_at=-1):
        start = self._start
        i = pos
        while i <= endpos:
            # skip to where the first character can match
            if start is not None:
                if start[0] == "lit":
                    i = string.find(start[1], i, endpos)
                    if i < 0:
                        return None
                else:
                    test = start[1]
                    while i < endpos and not test(string[i]):
                        i += 1
                    if i >= endpos:
                        return None
            marks = self._at(string, i, endpos, i == nonempty_at)
            if marks is not None:
                return Match(self, string, pos, endpos, marks)
            i += 1
        return None

    @staticmethod
    def _bounds(string, pos, endpos):
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return max(0, min(pos, n)), endpos

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        marks = self._at(string, pos, endpos)
        return None if marks is None else Match(self, string, pos, endpos, marks)

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        st = _State(string[:endpos], self.groups + 1)
        end = self._match(st, pos, lambda j: j if j == endpos else None)
        if end is None:
            return None
        st.marks[0] = (pos, end)
        return Match(self, string, pos, endpos, st.marks)

    def finditer(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        # an empty match may not follow another empty match at its position
        nonempty_at = -1
        while pos <= endpos:
            m = self._search(string, pos, endpos, nonempty_at)
            if m is None:
                return
            yield m
            start, end = m.span()
            nonempty_at = end if start == end else -1
            pos = end

    def findall(self, string, pos=0, endpos=None):
        found = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                found.append(m.group())
            elif self.groups == 1:
                found.append(m.group(1) or "")
            else:
                found.append(m.groups(""))
        return found

    def sub(self, repl, string, count=0):
        self._check(string)
        pieces = []
        last = 0
        done = 0
        for m in self._iter(string, 0, len(string)):
            if count and done >= count:
                break
            start, end = m.span()
            pieces.append(string[last:start])
            if callable(repl):
                text = repl(m)
                if not isinstance(text, str):
                    raise TypeError("expected str instance, %s found" % type(text).__name__)
            elif "\\" in repl:
                raise PatternError("replacement templates are not supported")
            else:
                text = repl
            pieces.append(text)
            last = end
            done += 1
        pieces.append(string[last:])
        return "".join(pieces)

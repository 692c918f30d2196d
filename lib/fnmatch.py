"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""

import os
import re

__all__ = ["filter", "filterfalse", "fnmatch", "fnmatchcase", "translate"]

# Compiled matchers by (type, pattern).  When the table is full it is emptied
# whole: simple, and a program rarely uses more than a few dozen patterns.
_compiled = {}
_COMPILED_LIMIT = 32768

# Characters a regular expression set gives a meaning to, written with a
# backslash inside our sets ('^' only where it would negate).
_SET_SPECIAL = frozenset('\\-[&~|')


def _matcher(pat):
    """The bound `match` method of PAT's compiled expression (str or bytes)."""
    key = (type(pat), pat)
    found = _compiled.get(key)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(pat.decode('latin-1')).encode('latin-1')
        else:
            text = translate(pat)
        found = re.compile(text).match
        if len(_compiled) >= _COMPILED_LIMIT:
            _compiled.clear()
        _compiled[key] = found
    return found


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

Patterns are Unix shell style:

*       matches everything
?       matches any single character
[seq]   matches any character in seq
[!seq]  matches any char not in seq

An initial period in FILENAME is not special.
Both FILENAME and PATTERN are first case-normalized
if the operating system requires it.
If you don't want this, use fnmatchcase(FILENAME, PATTERN).
"""
    folded_name = os.path.normcase(name)
    folded_pat = os.path.normcase(pat)
    return fnmatchcase(folded_name, folded_pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    return _select(names, pat, True)


def filterfalse(names, pat):
    """Construct a list from those elements of the iterable NAMES that do not match PAT."""
    return _select(names, pat, False)


def _select(names, pat, wanted):
    # posixpath.normcase leaves names alone, so only the pattern goes through it
    # (it is what turns a path object into text).
    test = _matcher(os.path.normcase(pat))
    kept = []
    for name in names:
        if (test(name) is not None) == wanted:
            kept.append(name)
    return kept


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

This is a version of fnmatch() which doesn't case-normalize
its arguments.
"""
    return _matcher(pat)(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

There is no way to quote meta-characters.
"""
    # The pattern becomes pieces separated by stars.  Every piece but the
    # last, once preceded by a star, is wrapped in an atomic group that
    # takes the shortest run before it: each piece is then searched once,
    # so many stars cannot make the match take exponential time.
    pieces = [[]]
    for token in _tokens(pat):
        if token is _STAR:
            pieces.append([])
        elif token is _ANY:
            pieces[-1].append('.')
        else:
            pieces[-1].append(token)
    head = ''.join(pieces[0])
    if len(pieces) == 1:
        body = head
    else:
        middle = ''.join('(?>.*?%s)' % ''.join(p) for p in pieces[1:-1])
        body = head + middle + '.*' + ''.join(pieces[-1])
    return '(?s:%s)\\z' % body


# Markers _tokens gives for '*' (a run of them) and '?'; glob.translate
# gives them its own meaning.
_STAR = object()
_ANY = object()


def _tokens(pat):
    """PAT as a list of _STAR, _ANY and expression texts (one a character
    or a set)."""
    size = len(pat)
    out = []
    pos = 0
    while pos < size:
        ch = pat[pos]
        pos += 1
        if ch == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif ch == '?':
            out.append(_ANY)
        elif ch == '[':
            text, pos = _bracket(pat, pos)
            out.append(text)
        else:
            out.append(re.escape(ch))
    return out


def _bracket(pat, start):
    """Translate the set that opens just before START.

    Returns its expression and the index after it; a '[' that never closes
    is a plain character."""
    size = len(pat)
    negate = start < size and pat[start] == '!'
    first = start + 1 if negate else start
    # A ']' right at the start belongs to the set.
    look = first + 1 if first < size and pat[first] == ']' else first
    close = pat.find(']', look)
    if close < 0:
        return '\\[', start
    inner = pat[first:close]
    parts = []
    k = 0
    while k < len(inner):
        if k + 2 < len(inner) and inner[k + 1] == '-':
            low, high = inner[k], inner[k + 2]
            k += 3
            if low <= high:
                parts.append(_set_char(low) + '-' + _set_char(high))
        else:
            parts.append(_set_char(inner[k]))
            k += 1
    if not parts:
        return ('.' if negate else '(?!)'), close + 1
    text = ''.join(parts)
    if negate:
        text = '^' + text
    elif text[0] == '^':
        text = '\\' + text
    return '[' + text + ']', close + 1


def _set_char(ch):
    return '\\' + ch if ch in _SET_SPECIAL else ch

"""Escaping text for HTML, and resolving character references."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with '&', '<' and '>' (and, with quote, both quote marks) written
    as character references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if not quote:
        return s
    return s.replace('"', "&quot;").replace("'", "&#x27;")


# What HTML5 makes of numeric references to code points it does not allow
# (the "numeric character reference end state"): 0x80-0x9F read as
# windows-1252, NUL as U+FFFD; a surrogate or a number past U+10FFFF is
# U+FFFD; the noncharacters and most controls vanish.
_C1_AS_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030'
                 '\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c'
                 '\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153'
                 '\x9d\u017e\u0178')
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update((0x80 + i, ch) for i, ch in enumerate(_C1_AS_CP1252))

_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
_invalid_codepoints |= {(plane << 16) | low for plane in range(17) for low in (0xfffe, 0xffff)}


def _numeric(ref):
    digits = ref[1:].rstrip(';')
    if digits[:1] in ('x', 'X'):
        code = int(digits[1:], 16)
    else:
        code = int(digits)
    text = _invalid_charrefs.get(code)
    if text is not None:
        return text
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return '\ufffd'
    return '' if code in _invalid_codepoints else chr(code)


def _named(ref):
    text = _html5.get(ref)
    if text is not None:
        return text
    # a known name followed by other text: the longest one wins
    for end in range(len(ref) - 1, 1, -1):
        text = _html5.get(ref[:end])
        if text is not None:
            return text + ref[end:]
    return '&' + ref


def _replace_charref(match):
    ref = match.group(1)
    return _numeric(ref) if ref.startswith('#') else _named(ref)


_charref = _re.compile('&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with every named and numeric character reference replaced by the
    text it stands for, following HTML5's rules (html.entities.html5)."""
    if '&' in s:
        return _charref.sub(_replace_charref, s)
    return s

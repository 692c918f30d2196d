"""The values of string and bytes literals: prefixes, quotes, escapes.

decode(token_text) gives the value of one STRING token; decode_middle
gives the text of a piece of an f-string or t-string.  Escapes Python
does not know are kept as they are and reported by a SyntaxWarning
(through the caller's warn function, which knows the position).
"""
import re

_ESCAPE_RE = re.compile(r'\\(N\{[^}]*\}?|x[0-9A-Fa-f]{0,2}|u[0-9A-Fa-f]{0,4}|U[0-9A-Fa-f]{0,8}'
                        r'|[0-7]{1,3}|\r\n|[\s\S]?)')
_SIMPLE = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
           'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\r\n': ''}


class EscapeError(Exception):
    """A malformed escape: (message as unicode error, start, end) in args."""


def split_prefix(text):
    """(prefix in lower case, quote, body) of a literal's source text."""
    i = 0
    while text[i] not in '\'"':
        i += 1
    prefix = text[:i].lower()
    q = text[i]
    quote = q * 3 if text.startswith(q * 3, i) else q
    return prefix, quote, text[i + len(quote):len(text) - len(quote)]


def decode(text, warn):
    """The value (str or bytes) of one string literal token."""
    prefix, quote, body = split_prefix(text)
    is_bytes = 'b' in prefix
    if is_bytes:
        for ch in body:
            if ord(ch) > 127:
                raise EscapeError('bytes can only contain ASCII literal characters', None)
    if 'r' in prefix:
        value = body
    else:
        value = unescape(body, is_bytes, warn)
    if is_bytes:
        return value.encode('latin-1')
    return value


def unescape(body, is_bytes, warn):
    if '\\' not in body:
        return body
    invalid = []

    def replace(m):
        esc = m.group(1)
        if not esc:
            invalid.append(('char', '{'))
            return '\\'
        c = esc[:1]
        simple = _SIMPLE.get(esc)
        if simple is not None:
            return simple
        if c in '01234567' and c:
            n = int(esc, 8)
            if n > 0o377:
                invalid.append(('octal', esc))
            return chr(n & 0xFF) if is_bytes else chr(n)
        if c == 'x':
            if len(esc) != 3:
                what = 'bytes' if is_bytes else 'unicode'
                raise EscapeError("(%s error) '%sescape' codec can't decode bytes in "
                                  "position %d-%d: truncated \\xXX escape"
                                  % (what, 'unicode' if not is_bytes else '',
                                     m.start(), m.end() - 1), m.start())
            return chr(int(esc[1:], 16))
        if not is_bytes and c in 'uU':
            width = 5 if c == 'u' else 9
            if len(esc) != width:
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position %d-%d: truncated \\%sXXXX%s escape"
                                  % (m.start(), m.end() - 1, c, '' if c == 'u' else 'XXXX'),
                                  m.start())
            n = int(esc[1:], 16)
            if n > 0x10FFFF:
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position %d-%d: illegal Unicode character"
                                  % (m.start(), m.end() - 1), m.start())
            return chr(n)
        if not is_bytes and c == 'N':
            name = esc[2:-1] if esc.endswith('}') else None
            if len(esc) > 1 and name:
                try:
                    import unicodedata
                    return unicodedata.lookup(name)
                except (KeyError, ImportError):
                    pass
                raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                  "in position %d-%d: unknown Unicode character name"
                                  % (m.start(), m.end() - 1), m.start())
            raise EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes "
                              "in position %d-%d: malformed \\N character escape"
                              % (m.start(), m.start() + 1), m.start())
        invalid.append(('char', esc[:1] if is_bytes else esc))
        return '\\' + esc

    value = _ESCAPE_RE.sub(replace, body)
    if invalid and warn is not None:
        kind, esc = invalid[0]
        if kind == 'octal':
            warn('"\\%s" is an invalid octal escape sequence. Such sequences will not work '
                 'in the future. Did you mean "\\\\%s"? A raw string is also an option.'
                 % (esc, esc))
        else:
            warn('"\\%s" is an invalid escape sequence. Such sequences will not work in '
                 'the future. Did you mean "\\\\%s"? A raw string is also an option.'
                 % (esc, esc))
    return value


def decode_middle(text, raw, warn):
    """The text of a literal piece of an f-string: escapes, doubled braces."""
    if not raw and '\\' in text:
        # Doubled braces first would break \N{...}; they cannot follow a
        # backslash otherwise, so split on the escapes.
        parts = re.split(r'(\\N\{[^}]*\})', text)
        out = []
        for i, part in enumerate(parts):
            if i % 2:
                out.append(unescape(part, False, warn))
            else:
                out.append(unescape(part.replace('{{', '{').replace('}}', '}'), False, warn))
        return ''.join(out)
    return text.replace('{{', '{').replace('}}', '}')

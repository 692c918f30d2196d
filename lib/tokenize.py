"""Tokenization help for Python programs.

tokenize(readline) reads bytes and first yields an ENCODING token;
generate_tokens(readline) reads str.  Both yield TokenInfo tuples
(type, string, start, end, line), columns in characters, with the
COMMENT and NL tokens the parser does not see.  They run cipy's own
tokenizer (_compiler.tokenizer), the one compile() uses.
"""
import collections
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token
from _compiler.source import normal_encoding_name as _encoding_name

__all__ = _token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding',
                            'untokenize', 'TokenInfo', 'open', 'TokenError']

_COOKIE_RE = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK_RE = re.compile(rb'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        return ('TokenInfo(type=%d (%s), string=%r, start=%r, end=%r, line=%r)'
                % (self.type, tok_name[self.type], self.string, self.start, self.end,
                   self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


# -- encodings ---------------------------------------------------------------



def detect_encoding(readline):
    """The encoding of a source file read by readline (bytes lines), and
    the lines it read to learn it (at most two)."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line, bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '%s for %r' % (msg, filename)
            raise SyntaxError(msg)
        m = _COOKIE_RE.match(line)
        if m is None:
            return None
        name = _encoding_name(m.group(1).decode('ascii'))
        import codecs
        try:
            codecs.lookup(name)
        except LookupError:
            if filename is None:
                raise SyntaxError('unknown encoding: ' + name) from None
            raise SyntaxError('unknown encoding for %r: %s' % (filename, name)) from None
        if bom:
            if name != 'utf-8':
                if filename is None:
                    raise SyntaxError('encoding problem: utf-8')
                raise SyntaxError('encoding problem for %r: utf-8' % filename)
            name += '-sig'
        return name

    bom = False
    default = 'utf-8'
    first = read()
    if first.startswith(b'\xef\xbb\xbf'):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    found = cookie(first, bom)
    if found:
        return found, [first]
    if not _BLANK_RE.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    found = cookie(second, bom)
    if found:
        return found, [first, second]
    return default, [first, second]


def open(filename):
    """A text file of Python source, in the encoding it declares."""
    import builtins
    import io
    raw = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        raw.close()
        raise


# -- tokens ------------------------------------------------------------------

def _read_all(readline):
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return lines


def _split_middle(tok, lines):
    """An FSTRING_MIDDLE with doubled braces, as the pieces CPython's
    tokenize gives: each ends after the first brace of a pair."""
    typ, text, l1, c1, l2, c2 = tok
    if '{{' not in text and '}}' not in text:
        return [tok]
    pieces = []
    line, col = l1, c1
    start = (l1, c1)
    buf = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        buf.append(ch)
        i += 1
        if ch == '\n':
            line, col = line + 1, 0
        else:
            col += 1
        if ch in '{}' and text[i:i + 1] == ch:
            pieces.append((typ, ''.join(buf), start[0], start[1], line, col))
            i += 1
            col += 1
            start = (line, col)
            buf = []
    if buf:
        pieces.append((typ, ''.join(buf), start[0], start[1], l2, c2))
    return pieces


def _generate(text):
    from _compiler.tokenizer import Tokenizer, TokenError as _Error, split_lines
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    tokenizer = Tokenizer(text, keep_trivia=True)
    tokenizer.exec_input = False
    try:
        tokens = tokenizer.run()
    except _Error as e:
        err = e.args[0]
        if isinstance(err, tuple):
            raise TokenError(*err) from None
        if isinstance(err, IndentationError):
            raise IndentationError(err.msg, ('<string>', err.lineno, err.offset,
                                             (err.text or '').rstrip('\n'), None,
                                             None)) from None
        raise TokenError(err.msg, (err.lineno, err.offset)) from None
    lines = tokenizer.lines
    for tok in tokens:
        if tok[0] in (FSTRING_MIDDLE, TSTRING_MIDDLE):
            pieces = _split_middle(tok, lines)
        else:
            pieces = [tok]
        for typ, string, l1, c1, l2, c2 in pieces:
            if typ == 0:
                line = ''
            elif l1 == l2 or typ in (NEWLINE, NL):
                line = lines[l1 - 1] if l1 <= len(lines) else ''
            else:
                line = ''.join(lines[l1 - 1:l2])
            if typ == DEDENT:
                line = lines[l1 - 1] if l1 <= len(lines) else ''
            yield TokenInfo(typ, string, (l1, c1), (l2, c2), line)


def generate_tokens(readline):
    """The tokens of the str lines readline returns."""
    return _generate(''.join(_read_all(readline)))


def tokenize(readline):
    """The tokens of the bytes lines readline returns, after an ENCODING
    token naming their encoding."""
    encoding, consumed = detect_encoding(readline)
    data = b''.join(consumed + _read_all(readline))
    # A byte order mark is read past; the token names plain UTF-8.
    yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding, (0, 0), (0, 0),
                    '')
    yield from _generate(data.decode(encoding))


# -- back to text --------------------------------------------------------------

def untokenize(iterable):
    """Source text from tokens: with positions (5-tuples) each token goes
    back where it was; from (type, string) pairs, spaced as CPython's
    compat mode spaces them.  Bytes when an ENCODING token came first."""
    out = []
    encoding = None
    row, col = 1, 0
    indents = []
    prev_type = None
    compat = False
    startline = True
    prev_line = None
    for tok in iterable:
        if len(tok) == 2:
            compat = True
        typ, string = tok[0], tok[1]
        if typ == ENCODING:
            encoding = string
            continue
        if typ == ENDMARKER:
            break
        if compat:
            if typ == INDENT:
                indents.append(string)
                continue
            if typ == DEDENT:
                if indents:
                    indents.pop()
                continue
            if typ in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            elif startline:
                startline = False
            if typ in (NAME, NUMBER) and prev_type in (NAME, NUMBER):
                out.append(' ')
            if typ == NAME or typ == NUMBER:
                out.append(string + ' ')
                prev_type = None
                continue
            if typ in (FSTRING_MIDDLE, TSTRING_MIDDLE):
                string = string.replace('{', '{{').replace('}', '}}')
            out.append(string)
            prev_type = typ
            continue
        (srow, scol), (erow, ecol) = tok[2], tok[3]
        if srow < row or (srow == row and scol < col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(srow, scol, row, col))
        if srow > row:
            if prev_type not in (NEWLINE, NL, None, COMMENT) and prev_type != DEDENT:
                rest = prev_line[col:] if prev_line else ''
                if rest.rstrip(' \t\f').endswith('\\\n') or rest.endswith('\\\n'):
                    out.append(rest)
                    out.append(' \\\n' * (srow - row - 1))
                else:
                    out.append(' \\\n' * (srow - row))
            col = 0
            row = srow
        if scol > col:
            out.append(' ' * (scol - col))
        if typ in (FSTRING_MIDDLE, TSTRING_MIDDLE):
            string = string.replace('{', '{{').replace('}', '}}')
            out.append(string)
            nl = string.rfind('\n')
            row, col = erow, (scol + len(string) if nl < 0 else len(string) - nl - 1)
        else:
            out.append(string)
            row, col = erow, ecol
        prev_line = tok[4] if len(tok) > 4 else None
        if typ in (NEWLINE, NL):
            row += 1
            col = 0
        prev_type = typ
    text = ''.join(out)
    if encoding is not None:
        return text.encode(encoding)
    return text


def _main(args=None):
    import argparse
    parser = argparse.ArgumentParser(color=False)
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    options = parser.parse_args(args)
    try:
        if options.filename:
            filename = options.filename
            import builtins
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _generate(sys.stdin.read())
        for tok in tokens:
            typ = tok.exact_type if options.exact else tok.type
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (where, tok_name[typ], tok.string))
    except IndentationError as err:
        line, col = err.args[1][1:3]
        sys.stderr.write('%s:%d:%d: error: %s\n' % (filename, line, col, err.args[0]))
        sys.exit(1)
    except TokenError as err:
        line, col = err.args[1]
        sys.stderr.write('%s:%d:%d: error: %s\n' % (filename, line, col, err.args[0]))
        sys.exit(1)
    except SyntaxError as err:
        sys.stderr.write('%s:%d:%d: error: %s\n' % (filename, err.lineno or 0,
                                                   err.offset or 0, err.msg))
        sys.exit(1)
    except OSError as err:
        sys.stderr.write('error: %s\n' % err)
        sys.exit(1)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    _main()

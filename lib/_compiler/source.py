"""Source bytes to text: a UTF-8 byte order mark, or a coding declaration
(PEP 263) in a comment of the first two lines, else UTF-8."""
import re

_CODING_RE = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
_BLANK_RE = re.compile(rb'^[ \t\f]*(?:[#\r\n]|$)')


def normal_encoding_name(name):
    """The name under which a declared encoding is looked up: UTF-8 and
    Latin-1 spellings made canonical (from the name's first 12 characters,
    as CPython's tokenizer reads them)."""
    n = name[:12].lower().replace('_', '-')
    if n == 'utf-8' or n.startswith('utf-8-'):
        return 'utf-8'
    if n in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            n.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def declared_encoding(data):
    """(encoding or None, line number of the declaration)."""
    lines = data.split(b'\n', 2)
    for index, line in enumerate(lines[:2]):
        m = _CODING_RE.match(line)
        if m is not None:
            return normal_encoding_name(m.group(1).decode('ascii', 'replace')), index + 1
        if not _BLANK_RE.match(line):
            break
    return None, 0


def decode(data, filename):
    try:
        data = memoryview(data).tobytes()
    except TypeError:
        raise TypeError('compile() arg 1 must be a string, bytes or AST object') from None
    if b'\0' in data:
        raise SyntaxError('source code string cannot contain null bytes')
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    encoding, lineno = declared_encoding(data)
    if encoding is None:
        encoding = 'utf-8'
    elif bom and encoding != 'utf-8':
        line = data.split(b'\n')[lineno - 1].decode('utf-8', 'replace')
        raise SyntaxError('encoding problem: %s with BOM' % encoding,
                          (filename, lineno, 0, line, None, None))
    else:
        import codecs
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SyntaxError('unknown encoding: %s' % encoding,
                              (filename, 0, -1, None, None, None)) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        if encoding != 'utf-8':
            raise SyntaxError("(unicode error) '%s' codec can't decode byte 0x%02x in "
                              "position %d: %s" % (e.encoding, e.object[e.start], e.start,
                                                   e.reason)) from None
        lineno = data.count(b'\n', 0, e.start) + 1
        line_start = data.rfind(b'\n', 0, e.start) + 1
        line_end = data.find(b'\n', e.start)
        line = data[line_start:line_end if line_end >= 0 else len(data)]
        text = line.decode('utf-8', 'replace')
        offset = len(data[line_start:e.start].decode('utf-8', 'replace')) + 1
        raise SyntaxError("Non-UTF-8 code starting with '\\x%02x' on line %d, but no "
                          "encoding declared; see https://peps.python.org/pep-0263/ for "
                          "details" % (data[e.start], lineno),
                          (filename, lineno, offset, text, lineno, offset)) from None

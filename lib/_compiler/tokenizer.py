"""Python source text to tokens.

tokenize(text, flags) returns a list of tuples
    (type, string, lineno, col, end_lineno, end_col)
with columns in UTF-8 bytes of the line, as the parser's node positions
need them.  Types are the numbers of the token module.  Comments and
non-logical newlines are dropped unless keep_trivia is set.  F-strings
and t-strings come as START, MIDDLE (their raw literal text, braces
still doubled), OP tokens of their replacement fields, and END.

A mistake in the text does not raise at once: the list ends with an
ERRORTOKEN whose string is the SyntaxError to raise, so that the parser
reports an earlier mistake of its own first, as CPython's does.
"""
import re

ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT = 0, 1, 2, 3, 4, 5, 6
OP = 55
TYPE_IGNORE, TYPE_COMMENT = 56, 57
FSTRING_START, FSTRING_MIDDLE, FSTRING_END = 59, 60, 61
TSTRING_START, TSTRING_MIDDLE, TSTRING_END = 62, 63, 64
COMMENT, NL, ERRORTOKEN = 65, 66, 67

_OPERATORS = sorted("""
    ( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *=
    /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := !
""".split(), key=len, reverse=True)

_NUMBER_RE = re.compile(r"""
    0[xX](?:_?[0-9a-fA-F])+
  | 0[oO](?:_?[0-7])+
  | 0[bB](?:_?[01])+
  | (?:
        (?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?
      | [0-9](?:_?[0-9])*\.?(?:[eE][-+]?[0-9](?:_?[0-9])*)?
    )[jJ]?
""", re.VERBOSE)
_NAME_RE = re.compile(r"[^\W\d]\w*")
_SPACE_RE = re.compile(r"[ \t\f]*")
_OP_RE = re.compile('|'.join(re.escape(op) for op in _OPERATORS))
_PREFIX_RE = re.compile(r"(?i:rb|br|rf|fr|rt|tr|[rbuft])?(?='|\")")
_SINGLE = {"'": re.compile(r"[^'\\\n]*(?:\\(?:.|\n)[^'\\\n]*)*"),
           '"': re.compile(r'[^"\\\n]*(?:\\(?:.|\n)[^"\\\n]*)*')}
_TRIPLE = {"'''": re.compile(r"[^'\\]*(?:(?:\\(?:.|\n)|'(?!''))[^'\\]*)*"),
           '"""': re.compile(r'[^"\\]*(?:(?:\\(?:.|\n)|"(?!""))[^"\\]*)*')}
# The common tokens, each after its blanks (group 1): an ASCII name that
# is no string prefix, a plain decimal integer, an opening or closing
# bracket, another operator, or (group 7) the first character of anything
# else, which the general loop reads.  findall() gives a line's tokens in
# one call.
_SIMPLE_RE = re.compile(r"""([ \t\f]*)(?:
    ([A-Za-z_][A-Za-z0-9_]*)(?![\w'"])
  | ([1-9][0-9]*|0)(?![\w.])
  | ([(\[{])
  | ([)\]}])
  | (\*\*=?|//=?|<<=?|>>=?|->|:=|\.\.\.|[-+*/%&|^@=!<>]=|[-+*/%&|^@=<>~:,;]|\.(?![0-9]))
  | ([\s\S])
)""", re.VERBOSE)
_TYPE_COMMENT_RE = re.compile(r"#[ \t]*type:[ \t]*(.*?)[ \t]*$")
_IGNORE_RE = re.compile(r"ignore(?![\w])")

_NUMBER_KEYWORDS = ('and', 'else', 'for', 'if', 'in', 'is', 'not', 'or')
# The tokens that can end a logical line (a NEWLINE follows them).
_ENDS_LOGICAL = frozenset((NAME, NUMBER, STRING, OP, FSTRING_END, TSTRING_END))
_CLOSE = {')': '(', ']': '[', '}': '{'}


class _StrFrame:
    """An f-string or t-string being read."""
    __slots__ = ('quote', 'raw', 'kind', 'start', 'depth')

    def __init__(self, quote, raw, kind, start, depth):
        self.quote = quote
        self.raw = raw
        self.kind = kind          # 'f' or 't'
        self.start = start        # (lineno, char col) of the prefix
        self.depth = depth        # brackets open when it began


class _FieldFrame:
    """A replacement field {...} of an f-string: its expression, then
    perhaps a format spec (spec true)."""
    __slots__ = ('depth', 'spec', 'string', 'where')

    def __init__(self, depth, string, where):
        self.depth = depth        # brackets open outside the '{'
        self.spec = False
        self.string = string
        self.where = where        # (lineno, char col) of the '{'


class TokenError(Exception):
    pass


class Tokenizer:
    def __init__(self, text, type_comments=False, keep_trivia=False):
        self.text = text
        self.type_comments = type_comments
        self.keep_trivia = keep_trivia
        self.ascii = text.isascii()
        self.lines = split_lines(text)
        self.cur = self.lines[0] if self.lines else ''
        self.tokens = []
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.brackets = []        # (char, lineno, char col)
        self.frames = []
        self.indents = [0]
        self.alt_indents = [0]
        self.error = None
        self.unclosed_line = None # of the bracket left open at the end
        self.exec_input = True
        self.warnings = []        # (message, lineno) of SyntaxWarnings

    # -- positions ---------------------------------------------------

    def bcol(self, line_start, pos):
        """The UTF-8 byte column of pos in the line starting at line_start
        (the character column for the tokenize module)."""
        if self.ascii or self.keep_trivia:
            return pos - line_start
        return len(self.text[line_start:pos].encode('utf-8', 'surrogatepass'))

    def line_text(self, lineno):
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ''

    def add(self, type, string, start, end_lineno=None, end_line_start=None):
        """A token from start (a position on the current line) to self.pos."""
        if end_lineno is None:
            end_lineno, end_line_start = self.lineno, self.line_start
            lineno, line_start = self.lineno, self.line_start
        else:
            lineno, line_start = self._start_line
        if self.ascii or self.keep_trivia:
            self.tokens.append((type, string, lineno, start - line_start,
                                end_lineno, self.pos - end_line_start))
        else:
            self.tokens.append((type, string, lineno, self.bcol(line_start, start),
                                end_lineno, self.bcol(end_line_start, self.pos)))

    def fail(self, msg, lineno, col, end_lineno=None, end_col=None, cls=SyntaxError,
             strip=True):
        """Stop with a SyntaxError (cols are 1-based character offsets)."""
        text = self.line_text(lineno)
        if strip:
            text = text.rstrip('\r\n')
        elif self.exec_input and not text.endswith('\n'):
            text += '\n'
        if end_lineno is None:
            end_lineno, end_col = lineno, col
        raise TokenError(cls(msg, (None, lineno, col, text, end_lineno, end_col)))

    # -- the main loop -------------------------------------------------

    def run(self):
        if self.keep_trivia:
            self._run()
            return self.tokens
        try:
            self._run()
        except TokenError as e:
            err = e.args[0]
            self.tokens.append((ERRORTOKEN, err, err.lineno or 1, 0, err.lineno or 1, 0))
        return self.tokens

    def _advance_lines(self, start, end):
        """Account for the newlines in text[start:end]."""
        text = self.text
        n = text.count('\n', start, end)
        if n:
            self.lineno += n
            self.line_start = text.rindex('\n', start, end) + 1
            lines = self.lines
            self.cur = lines[self.lineno - 1] if self.lineno <= len(lines) else ''

    def _run(self):
        text = self.text
        if '\0' in text:
            raise TokenError(SyntaxError('source code string cannot contain null bytes'))
        n = len(text)
        at_line_start = True
        while True:
            if at_line_start and not self.brackets and not self.frames:
                at_line_start = False
                if self._indentation():
                    at_line_start = True
                    continue
            if self.pos >= n:
                break
            frame = self.frames[-1] if self.frames else None
            if frame is not None and (type(frame) is _StrFrame or frame.spec):
                self._fstring_literal(frame)
                continue
            if frame is None and self._simple_tokens():
                at_line_start = True
                continue
            m = _SPACE_RE.match(self.cur, self.pos - self.line_start)
            self.pos = m.end() + self.line_start
            if self.pos >= n:
                break
            c = text[self.pos]
            if c == '\n' or c == '\r':
                start = self.pos
                self.pos += 2 if text.startswith('\r\n', start) else 1
                if self.brackets or self.frames:
                    if frame is not None and type(frame) is _FieldFrame:
                        s = frame.string
                        if s.quote in ('"', "'") and len(self.brackets) == s.depth + 1:
                            pass
                    if self.keep_trivia:
                        self.add(NL, text[start:self.pos], start)
                    self._advance_lines(start, self.pos)
                    continue
                if self._last_logical():
                    self.add(NEWLINE, text[start:self.pos], start)
                elif self.keep_trivia:
                    self.add(NL, text[start:self.pos], start)
                self._advance_lines(start, self.pos)
                at_line_start = True
                continue
            if c == '#':
                end = text.find('\n', self.pos)
                if end < 0:
                    end = n
                comment = text[self.pos:end].rstrip('\r')
                start = self.pos
                self.pos = start + len(comment)
                if self.type_comments:
                    self._type_comment(comment, start)
                if self.keep_trivia:
                    self.add(COMMENT, comment, start)
                continue
            if c == '\\':
                start = self.pos
                nxt = text[start + 1:start + 3]
                if nxt.startswith('\n') or nxt.startswith('\r'):
                    self.pos = start + (3 if nxt == '\r\n' else 2)
                    self._advance_lines(start, self.pos)
                    if self.pos >= n:
                        self.fail('unexpected EOF while parsing', self.lineno - 1,
                                  len(self.line_text(self.lineno - 1)))
                    continue
                if start + 1 >= n and self.exec_input:
                    self.fail('unexpected EOF while parsing', self.lineno,
                              start - self.line_start + 2, self.lineno, -1, strip=False)
                self.fail('unexpected character after line continuation character',
                          self.lineno, start - self.line_start + 2, self.lineno, 0,
                          strip=False)
            if c.isdigit() or (c == '.' and text[self.pos + 1:self.pos + 2].isdigit()):
                self._number()
                continue
            if c == '"' or c == "'":
                self._string('')
                continue
            m = _NAME_RE.match(self.cur, self.pos - self.line_start)
            if m is not None:
                word = m.group()
                end = m.end() + self.line_start
                if len(word) <= 2 and (text[end:end + 1] in ('"', "'")):
                    p = _PREFIX_RE.match(self.cur, self.pos - self.line_start)
                    if p is not None and p.end() + self.line_start == end:
                        start = self.pos
                        self.pos = end
                        self._string(word, start)
                        continue
                start = self.pos
                self.pos = end
                if not word.isascii():
                    word = self._identifier(word, start)
                self.add(NAME, word, start)
                continue
            if self._operator(frame):
                continue
            self._bad_character(c)
        self._finish()

    def _simple_tokens(self):
        """Read the common tokens of the current line (see _SIMPLE_RE) in a
        tight loop, up to the first that needs the general one.  True when
        that was the end of a logical line, read too."""
        ls = self.line_start
        rel = self.pos - ls
        lineno = self.lineno
        chars = self.ascii or self.keep_trivia
        brackets = self.brackets
        append = self.tokens.append
        for blanks, name, number, opening, closing, op, other in \
                _SIMPLE_RE.findall(self.cur, rel):
            if other:
                if (other == '\n' and not brackets and self.tokens
                        and self.tokens[-1][0] in _ENDS_LOGICAL):
                    self._simple_newline(rel + len(blanks))
                    return True
                break
            start = rel + len(blanks)
            if name:
                typ, s = NAME, name
            elif op:
                typ, s = OP, op
            elif number:
                typ, s = NUMBER, number
            elif opening:
                if len(brackets) >= 200:
                    break
                brackets.append((opening, lineno, start))
                typ, s = OP, opening
            else:
                if not brackets or brackets[-1][0] != _CLOSE[closing]:
                    break
                brackets.pop()
                typ, s = OP, closing
            rel = start + len(s)
            if chars:
                append((typ, s, lineno, start, lineno, rel))
            else:
                append((typ, s, lineno, self.bcol(ls, ls + start), lineno,
                        self.bcol(ls, ls + rel)))
        self.pos = ls + rel
        return False

    def _simple_newline(self, col):
        """The NEWLINE token at col of the current line, and the next line."""
        ls = self.line_start
        lineno = self.lineno
        self.pos = ls + col + 1
        self.add(NEWLINE, '\n', ls + col)
        self.lineno = lineno + 1
        self.line_start = self.pos
        lines = self.lines
        self.cur = lines[lineno] if lineno < len(lines) else ''

    def _last_logical(self):
        """Whether the line just ended held a token of its own."""
        toks = self.tokens
        i = len(toks) - 1
        while i >= 0 and toks[i][0] in (COMMENT, NL, TYPE_IGNORE):
            i -= 1
        return i >= 0 and toks[i][0] not in (NEWLINE, INDENT, DEDENT)

    def _identifier(self, word, start):
        if not word.isidentifier():
            for i, ch in enumerate(word):
                if not (word[:i + 1]).isidentifier():
                    self.pos = start + i
                    self._bad_character(ch)
        try:
            import unicodedata
        except ImportError:
            return word
        return unicodedata.normalize('NFKC', word)

    def _bad_character(self, c):
        col = self.pos - self.line_start + 1
        if c.isprintable():
            msg = "invalid character '%s' (U+%04X)" % (c, ord(c))
        else:
            msg = 'invalid non-printable character U+%04X' % ord(c)
        if self.keep_trivia and c.isascii() and c.isprintable():
            self.pos += 1
            self.add(OP, c, self.pos - 1)
            return
        if c in '$?`' or (c.isascii() and c.isprintable()):
            # CPython's parser sees these as an error token of one character.
            self.pos += 1
            self.fail('invalid syntax', self.lineno, col, self.lineno, col + 1, strip=False)
        self.fail(msg, self.lineno, col)

    # -- indentation ---------------------------------------------------

    def _indentation(self):
        """At the start of a line: INDENT/DEDENT tokens.  True when the line
        is blank or only a comment (nothing to do)."""
        text = self.text
        pos = self.pos
        n = len(text)
        cur = self.cur
        col = alt = len(cur) - len(cur.lstrip(' '))
        if pos == self.line_start:
            pos += col
        else:
            col = alt = 0
        while pos < n:
            c = text[pos]
            if c == ' ':
                col += 1
                alt += 1
            elif c == '\t':
                col = (col // 8 + 1) * 8
                alt += 1
            elif c == '\f':
                col = alt = 0
            else:
                break
            pos += 1
        if pos >= n:
            self.pos = pos
            return False
        c = text[pos]
        if c == '#' or c == '\n' or c == '\r' or (c == '\\' and text[pos + 1:pos + 2] in '\r\n'):
            if c == '\\':
                return False
            self.pos = pos
            if c == '#':
                return False
            return False
        indents = self.indents
        if col == indents[-1]:
            if alt != self.alt_indents[-1]:
                self._tab_error()
        elif col > indents[-1]:
            if alt <= self.alt_indents[-1]:
                self._tab_error()
            indents.append(col)
            self.alt_indents.append(alt)
            self.pos = pos
            self.add(INDENT, text[self.line_start:pos], self.line_start)
            return False
        else:
            while indents[-1] > col:
                indents.pop()
                self.alt_indents.pop()
                self.pos = pos
                self.tokens.append((DEDENT, '', self.lineno, self.bcol(self.line_start, pos),
                                    self.lineno, self.bcol(self.line_start, pos)))
            if indents[-1] != col:
                self.fail('unindent does not match any outer indentation level',
                          self.lineno, len(self.cur.rstrip('\n')) + 1, self.lineno, -1,
                          cls=IndentationError, strip=False)
            if alt != self.alt_indents[-1]:
                self._tab_error()
        self.pos = pos
        return False

    def _tab_error(self):
        self.fail('inconsistent use of tabs and spaces in indentation', self.lineno, 1,
                  self.lineno, 0, cls=TabError, strip=False)

    def _finish(self):
        text = self.text
        if self.frames:
            top = self.frames[-1]
            if type(top) is _FieldFrame and not top.spec:
                lineno, col = top.where
                self.fail("'{' was never closed", lineno, col + 1, lineno, 0,
                          strip=lineno < len(self.lines))
            self._unterminated_fstring(self.frames[0])
        if self.brackets:
            ch, lineno, col = self.brackets[-1]
            if self.keep_trivia:
                raise TokenError(('unexpected EOF in multi-line statement', (lineno, 0)))
            self.unclosed_line = lineno
            self.fail("'%s' was never closed" % ch, lineno, col + 1, lineno, 0,
                      strip=lineno < len(self.lines))
        if self._last_logical():
            self.tokens.append((NEWLINE, '', self.lineno, self.bcol(self.line_start, self.pos),
                                self.lineno, self.bcol(self.line_start, self.pos) + 1))
        elif self.keep_trivia and self.pos > self.line_start:
            self.tokens.append((NL, '', self.lineno, self.bcol(self.line_start, self.pos),
                                self.lineno, self.bcol(self.line_start, self.pos) + 1))
        if self.pos > self.line_start or (text and text[-1] not in '\r\n'):
            self.lineno += 1
            self.line_start = self.pos
        for _ in self.indents[1:]:
            self.tokens.append((DEDENT, '', self.lineno, 0, self.lineno, 0))
        self.tokens.append((ENDMARKER, '', self.lineno, 0, self.lineno, 0))

    # -- numbers, operators ------------------------------------------------

    def _number(self):
        text = self.text
        start = self.pos
        m = _NUMBER_RE.match(self.cur, start - self.line_start)
        end = m.end() + self.line_start
        s = m.group()
        col = start - self.line_start + 1
        nxt = text[end:end + 1]
        if s == '0' and nxt and nxt in 'xXoObB':
            kind = {'x': 'hexadecimal', 'o': 'octal', 'b': 'binary'}[nxt.lower()]
            bad = text[end + 1:end + 2]
            if bad.isdigit():
                self.fail("invalid digit '%s' in %s literal" % (bad, kind), self.lineno,
                          end - self.line_start + 2)
            self.fail('invalid %s literal' % kind, self.lineno, end - self.line_start + 1)
        if s[:1] == '0' and len(s) > 1 and s[1] in 'xXoObB':
            if nxt.isalnum() or nxt == '_':
                kind = {'x': 'hexadecimal', 'o': 'octal', 'b': 'binary'}[s[1].lower()]
                if text.startswith(_NUMBER_KEYWORDS, end):
                    self.warnings.append(('invalid %s literal' % kind, self.lineno))
                elif nxt.isdigit():
                    self.fail("invalid digit '%s' in %s literal" % (nxt, kind),
                              self.lineno, end - self.line_start + 1)
                else:
                    self.fail('invalid %s literal' % kind, self.lineno,
                              end - self.line_start + (1 if nxt == '_' else 0))
        else:
            digits = s.rstrip('jJ')
            if (len(digits) > 1 and digits[0] == '0' and digits.replace('_', '').isdigit()
                    and digits.strip('0_')):
                i = 1
                while i < len(digits) and digits[i] in '0_':
                    i += 1
                self.fail('leading zeros in decimal integer literals are not permitted; '
                          'use an 0o prefix for octal integers', self.lineno, col,
                          self.lineno, col + i + 1 if False else col + 1)
            if nxt == '_' or (nxt.isalnum() and not nxt.isascii()):
                self.fail('invalid decimal literal', self.lineno, end - self.line_start + 1)
            if nxt.isalpha() or nxt.isdigit():
                kind = 'imaginary' if s[-1:] in 'jJ' else 'decimal'
                if text.startswith(_NUMBER_KEYWORDS, end):
                    self.warnings.append(('invalid %s literal' % kind, self.lineno))
                else:
                    self.fail('invalid %s literal' % kind, self.lineno, col)
        self.pos = end
        self.add(NUMBER, s, start)

    def _operator(self, frame):
        text = self.text
        m = _OP_RE.match(self.cur, self.pos - self.line_start)
        if m is None:
            return False
        op = m.group()
        start = self.pos
        if op == ':=' and frame is not None and len(self.brackets) == frame.depth:
            op = ':'
        col = start - self.line_start
        brackets = self.brackets
        if frame is not None and len(brackets) == frame.depth:
            # At the top level of a replacement field.
            if op == '}' or op == ':' or op == '!':
                self.pos = start + 1
                self.add(OP, op, start)
                if op == '}':
                    self.frames.pop()
                elif op == ':':
                    if sum(1 for f in self.frames if type(f) is _FieldFrame and f.spec) >= 2:
                        self.fail('%s-string: expressions nested too deeply' % frame.string.kind,
                                  self.lineno, col + 1)
                    frame.spec = True
                return True
            if op == '!=' :
                pass
        if op in ('(', '[', '{'):
            if len(brackets) >= 200 and not self.keep_trivia:
                self.fail('too many nested parentheses', self.lineno, col + 1)
            brackets.append((op, self.lineno, col))
        elif op in (')', ']', '}'):
            if not brackets:
                if self.keep_trivia:
                    self.pos = start + 1
                    self.add(OP, op, start)
                    return True
                self.fail("unmatched '%s'" % op, self.lineno, col + 1)
            ch, lineno, ocol = brackets[-1]
            if ch != _CLOSE[op] and not self.keep_trivia:
                if lineno != self.lineno:
                    self.fail("closing parenthesis '%s' does not match opening "
                              "parenthesis '%s' on line %d" % (op, ch, lineno),
                              self.lineno, col + 1)
                self.fail("closing parenthesis '%s' does not match opening "
                          "parenthesis '%s'" % (op, ch), self.lineno, col + 1)
            if frame is not None and len(brackets) <= frame.depth:
                self.fail("f-string: unmatched '%s'" % op, self.lineno, col + 1)
            brackets.pop()
        self.pos = start + len(op)
        self.add(OP, op, start)
        return True

    # -- comments -------------------------------------------------------

    def _type_comment(self, comment, start):
        m = _TYPE_COMMENT_RE.match(comment)
        if m is None:
            return
        body = m.group(1)
        if _IGNORE_RE.match(body):
            raw = comment[comment.index('ignore') + 6:]
            self.add(TYPE_IGNORE, raw, start)
        else:
            self.pos = start + len(comment.rstrip())
            self.add(TYPE_COMMENT, body, start)

    # -- strings --------------------------------------------------------

    def _string(self, prefix, start=None):
        text = self.text
        if start is None:
            start = self.pos
        q = text[self.pos]
        quote = q * 3 if text.startswith(q * 3, self.pos) else q
        lower = prefix.lower()
        if 'f' in lower or 't' in lower:
            kind = 'f' if 'f' in lower else 't'
            self.pos += len(quote)
            self.add(FSTRING_START if kind == 'f' else TSTRING_START,
                     text[start:self.pos], start)
            self.frames.append(_StrFrame(quote, 'r' in lower, kind,
                                         (self.lineno, start - self.line_start),
                                         len(self.brackets)))
            return
        body = self.pos + len(quote)
        if len(quote) == 1:
            end = _SINGLE[q].match(self.cur, body - self.line_start).end() + self.line_start
            if text.startswith('\\\n', end - 2) or text.startswith('\\\r', end - 2):
                end = _SINGLE[q].match(text, body).end()
        else:
            end = _find_triple(text, body, quote)
        if not text.startswith(quote, end):
            self._unterminated(quote, start, end)
        self.pos = end + len(quote)
        self._start_line = (self.lineno, self.line_start)
        lineno, line_start = self.lineno, self.line_start
        self._advance_lines(start, self.pos)
        if lineno == self.lineno:
            self.add(STRING, text[start:self.pos], start)
        else:
            self.tokens.append((STRING, text[start:self.pos], lineno,
                                self.bcol(line_start, start), self.lineno,
                                self.bcol(self.line_start, self.pos)))

    def _unterminated(self, quote, start, end, what='string'):
        col = start - self.line_start + 1
        if self.frames:
            s = self.frames[-1]
            s = s if type(s) is _StrFrame else s.string
            self.fail("%s-string: expecting '}'" % s.kind, self.lineno, col)
        if len(quote) == 3:
            self._advance_lines(start, end)
            self.fail('unterminated triple-quoted %s literal (detected at line %d)'
                      % (what, self.lineno), self._line_of(start), col)
        self._advance_lines(start, end)
        self.fail('unterminated %s literal (detected at line %d)' % (what, self.lineno),
                  self.lineno, col)

    def _line_of(self, pos):
        return self.text.count('\n', 0, pos) + 1

    def _unterminated_fstring(self, s):
        lineno, col = s.start
        what = 'f-string' if s.kind == 'f' else 't-string'
        if len(s.quote) == 3:
            self.fail('unterminated triple-quoted %s literal (detected at line %d)'
                      % (what, self.lineno), lineno, col + 1)
        self.fail('unterminated %s literal (detected at line %d)' % (what, self.lineno),
                  lineno, col + 1)

    def _fstring_literal(self, frame):
        """Read literal text of an f-string (or of a format spec) up to a
        replacement field, the end of the spec, or the closing quote."""
        text = self.text
        s = frame if type(frame) is _StrFrame else frame.string
        in_spec = type(frame) is _FieldFrame
        quote = s.quote
        raw = s.raw
        start = self.pos
        pos = start
        n = len(text)
        start_lineno, start_line_start = self.lineno, self.line_start
        while True:
            if pos >= n:
                self.pos = pos
                self._unterminated_fstring(s)
            c = text[pos]
            if c == '\\' and not raw:
                if text.startswith('N{', pos + 1) and not in_spec:
                    close = text.find('}', pos)
                    pos = close + 1 if close >= 0 else pos + 2
                elif text[pos + 1:pos + 2] in ('{', '}'):
                    pos += 1
                else:
                    pos += 2
                continue
            if c == '\\':
                pos += 2 if text[pos + 1:pos + 2] in (quote[0], '\\') else 1
                continue
            if c == quote[0] and text.startswith(quote, pos):
                break
            if c == '\n' or c == '\r':
                if len(quote) == 1:
                    self.pos = pos
                    if in_spec:
                        self.fail("f-string: newlines are not allowed in format specifiers "
                                  "for single quoted f-strings" if s.kind == 'f' else
                                  "t-string: newlines are not allowed in format specifiers "
                                  "for single quoted t-strings", self.lineno,
                                  pos - self.line_start + 1)
                    self._unterminated_fstring(s)
                pos += 1
                continue
            if c == '{':
                if text.startswith('{{', pos) and not in_spec:
                    pos += 2
                    continue
                break
            if c == '}':
                if in_spec:
                    break
                if text.startswith('}}', pos):
                    pos += 2
                    continue
                self.pos = pos
                self._advance_lines(start, pos)
                self.fail("%s-string: single '}' is not allowed" % s.kind, self.lineno,
                          pos - self.line_start + 1)
            pos += 1
        if pos > start or (in_spec and self.keep_trivia and text[pos] == '}'):
            self.pos = pos
            self._advance_lines(start, pos)
            self.tokens.append((FSTRING_MIDDLE if s.kind == 'f' else TSTRING_MIDDLE,
                                text[start:pos], start_lineno,
                                self.bcol(start_line_start, start), self.lineno,
                                self.bcol(self.line_start, pos)))
        c = text[pos]
        if c == '{':
            self.pos = pos + 1
            self.add(OP, '{', pos)
            self.frames.append(_FieldFrame(len(self.brackets), s,
                                           (self.lineno, pos - self.line_start)))
        elif c == '}':
            self.pos = pos + 1
            self.add(OP, '}', pos)
            self.frames.pop()
        else:
            if in_spec:
                col = pos - self.line_start + 1
                self.fail("%s-string: expecting '}', or format specs" % s.kind, self.lineno,
                          col, self.lineno, col + 1, strip=False)
            self.pos = pos + len(quote)
            self.add(FSTRING_END if s.kind == 'f' else TSTRING_END, quote, pos)
            self.frames.pop()


def split_lines(text):
    """The lines of text, ends kept: only '\\n' ends a line."""
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last)
    return lines


def _find_triple(text, pos, quote):
    """Where the body of a triple-quoted string from pos ends (len(text)
    when it does not)."""
    q = quote[0]
    n = len(text)
    while True:
        j = text.find(q, pos)
        if j < 0:
            j = n
        k = text.find('\\', pos, j)
        if k >= 0:
            pos = k + 2
            continue
        if j >= n or text.startswith(quote, j):
            return j
        pos = j + 1


def tokenize(text, type_comments=False, keep_trivia=False):
    return Tokenizer(text, type_comments, keep_trivia).run()

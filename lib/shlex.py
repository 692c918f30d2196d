"""A lexical analyser for shell-like syntax: split(), quote(), join() and
the configurable shlex class they are built on."""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

# The letters are in this order on purpose: programs read `wordchars`.
_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_PUNCTUATION_WORD = '~-./*?='
_DEFAULT_PUNCTUATION = '();<>|&'

# state names besides a quote or escape character being inside
_BETWEEN = ' '      # between tokens
_WORD = 'a'         # inside a word
_PUNCT = 'c'        # inside a run of punctuation characters


class _Scan:
    """What read_token() knows about the token it is reading."""
    __slots__ = ('quoted', 'after_escape')

    def __init__(self):
        self.quoted = False           # a quote was seen: '' is a token
        self.after_escape = _BETWEEN  # the state an escape returns to


class shlex:
    """A lexical analyser for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        # the settings a program may change, in CPython's order
        vars(self).update(
            instream=instream, infile=infile, posix=posix,
            eof=None if posix else '',
            commenters='#', wordchars=_ASCII_WORD + (_LATIN1_WORD if posix else ''),
            whitespace=' \t\r\n', whitespace_split=False,
            quotes='\'"', escape='\\', escapedquotes='"',
            state=_BETWEEN, pushback=deque(), lineno=1, debug=0, token='',
            filestack=deque(), source=None)
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # characters read ahead while closing a punctuation token
            self._pushback_chars = deque()
            extra = _PUNCTUATION_WORD
            self.wordchars = ''.join(c for c in self.wordchars + extra
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- token-level interface -------------------------------------------

    def push_token(self, tok):
        "Push a token back so that get_token() returns it next."
        if self.debug >= 1:
            print(f"shlex: pushing token {tok!r}")
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Read from `newstream` until it ends, then return to this input."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (self.instream,))
            else:
                print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        "Close the current input and go back to the one it interrupted."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def get_token(self):
        "The next token: pushed-back ones first, following source requests."
        if not self.pushback:
            return self._next_token()
        tok = self.pushback.popleft()
        if self.debug >= 1:
            print(f"shlex: popping token {tok!r}")
        return tok

    def _next_token(self):
        tok = self.read_token()
        if self.source is not None:
            while tok == self.source:
                found = self.sourcehook(self.read_token())
                if found:
                    self.push_source(found[1], found[0])
                tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + (repr(tok) if tok != self.eof else "EOF"))
        return tok

    def sourcehook(self, newfile):
        "Open a file named by a source request (relative to the current file)."
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        "The start of an error message in the style of C compilers."
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- the character-level state machine -------------------------------

    def read_token(self):
        """Read one raw token from the input.

        self.state is _BETWEEN, _WORD or _PUNCT, a quote character while
        inside quotes, an escape character right after one, or None at the
        end of the input.  Each step returns True when the token is done.
        """
        scan = _Scan()
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._step_between(ch, scan)
            elif state in self.quotes:
                done = self._step_quoted(ch, scan)
            elif state in self.escape:
                done = self._step_escaped(ch, scan)
            elif state in (_WORD, _PUNCT):
                done = self._step_word(ch, scan)
            else:
                done = False
            if done:
                break
        tok, self.token = self.token, ''
        if self.posix and not scan.quoted and tok == '':
            tok = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(tok) if tok else "EOF"))
        return tok

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _have_token(self, scan):
        return bool(self.token) or (self.posix and scan.quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _step_between(self, ch, scan):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._have_token(scan)
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            scan.after_escape = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, _WORD
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            # any other character is a token of its own
            self.token = ch
            return self._have_token(scan)
        return False

    def _step_quoted(self, ch, scan):
        quote = self.state
        scan.quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == quote:
            if self.posix:
                self.state = _WORD
                return False
            self.token += ch
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            scan.after_escape = quote
            self.state = ch
        else:
            self.token += ch
        return False

    def _step_escaped(self, ch, scan):
        if not ch:
            raise ValueError("No escaped character")
        back = scan.after_escape
        # inside quotes, an escape only escapes the quote or itself
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _step_word(self, ch, scan):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = _BETWEEN
            return self._have_token(scan)
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._have_token(scan)
            return False
        if self.state == _PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            scan.after_escape = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # the character ends the word and starts the next token
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = _BETWEEN
            return self._have_token(scan)
        return False


def split(s, comments=False, posix=True):
    """Split the string s as a POSIX shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = lexer.commenters if comments else ''
    return list(lexer)


def join(split_command):
    """The inverse of split(): a shell-escaped string of the words."""
    return ' '.join(map(quote, split_command))


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string s."""
    if s and not isinstance(s, str):
        raise TypeError(f"expected string object, got {type(s).__name__!r}")
    if not s:
        return "''"
    if _SAFE.issuperset(s):
        return s
    # close the quotes, add an escaped quote in double quotes, reopen
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while tok := lexer.get_token():
        print('Token: ' + repr(tok))


if __name__ == '__main__':
    if sys.argv[1:]:
        with open(sys.argv[1]) as source:
            _print_tokens(shlex(source, sys.argv[1]))
    else:
        _print_tokens(shlex())

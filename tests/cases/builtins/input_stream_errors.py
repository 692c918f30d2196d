# input() through substituted streams that lack methods or misbehave.
import sys

real_in, real_out = sys.stdin, sys.stdout


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


class NoFlush:
    def write(self, s):
        real_out.write('[' + s + ']')


class NoWrite:
    def flush(self):
        pass


def attempt(stdin, stdout, *args):
    sys.stdin, sys.stdout = stdin, stdout
    try:
        got = input(*args)
    except BaseException as e:
        got = f'{type(e).__name__}: {e}'
    finally:
        sys.stdin, sys.stdout = real_in, real_out
    print(repr(got))


attempt(Lines('a\n'), NoFlush(), 'p> ')
attempt(Lines('b\n'), NoWrite(), 'p> ')
attempt(Lines('c\n'), NoWrite())
attempt(Lines(''), real_out, 'eof? ')
attempt(Lines('no newline'), real_out)
attempt(Lines('two\n\n'), real_out)
attempt(Lines(b'bytes\n'), real_out)
attempt(Lines(None), real_out)
attempt(object(), real_out)


class Boom:
    def readline(self):
        raise KeyError('from readline')


attempt(Boom(), real_out)


class Prompt:
    def __str__(self):
        return 'custom prompt: '


attempt(Lines('d\n'), real_out, Prompt())


class BadPrompt:
    def __str__(self):
        raise ValueError('no str')


attempt(Lines('e\n'), real_out, BadPrompt())
attempt(Lines('f\n'), real_out, None)
attempt(Lines('g\n'), real_out, 'é ✓ ')

# env: COLUMNS=80
# Subclasses overriding error() and exit(); messages to other streams.
import argparse, io, sys

class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)

r = Raising(prog='raise')
r.add_argument('--n', type=int)
r.add_argument('pos')
for argv in (['--n', 'x', 'p'], [], ['p', 'q']):
    try:
        r.parse_args(argv)
    except ValueError as e:
        print(e)

class Quiet(argparse.ArgumentParser):
    def exit(self, status=0, message=None):
        print('would exit', status, repr(message))
        raise SystemExit(status + 10)

q = Quiet(prog='quiet')
q.add_argument('--v', action='version', version='V')
for argv in (['--v'], ['-h'], ['--bad']):
    try:
        q.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

buf = io.StringIO()
q.print_usage(buf)
q.print_help(buf)
q._print_message('direct\n', buf)
q._print_message('')
q._print_message('to stderr\n')
print(repr(buf.getvalue()))
class Broken:
    def write(self, text):
        raise OSError('closed')
q.print_help(Broken())
q._print_message('x', object())
print('survived')

# input() raises the audit events builtins.input and builtins.input/result.
import io
import sys

seen = []


def hook(event, args):
    if event.startswith('builtins.input'):
        seen.append((event, args))


sys.addaudithook(hook)
sys.stdin = io.StringIO('answer\nsecond\n')
print(repr(input('question? ')))
print(repr(input()))
sys.stdin = sys.__stdin__
print(seen)

# env: COLUMNS=80
# fromfile_prefix_chars: arguments read from files, nested files, a
# custom line splitter, and a missing file.
import argparse, os, tempfile

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

here = tempfile.mkdtemp()
os.chdir(here)
with open('one.txt', 'w') as f:
    f.write('--name\nfrom file\n@two.txt\n')
with open('two.txt', 'w') as f:
    f.write('pos\n')
with open('words.txt', 'w') as f:
    f.write('--name spaced out\npos2\n\n')

p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@%')
p.add_argument('--name')
p.add_argument('items', nargs='*')
attempt(p, ['@one.txt'])
attempt(p, ['x', '%two.txt', 'y'])
attempt(p, ['@missing.txt'])
attempt(p, ['@'])

class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
q = Split(prog='split', fromfile_prefix_chars='@')
q.add_argument('--name', nargs='+')
q.add_argument('items', nargs='*')
attempt(q, ['@words.txt'])
attempt(q, ['--', '@words.txt'])
for name in ('one.txt', 'two.txt', 'words.txt'):
    os.remove(name)
os.chdir('/')
os.rmdir(here)

# env: COLUMNS=80
# The deprecated FileType: files opened for reading and writing, '-' for
# the standard streams, the error for a missing file, its repr.
import argparse, os, sys, tempfile, warnings

warnings.simplefilter('ignore', PendingDeprecationWarning)
here = tempfile.mkdtemp()
os.chdir(here)
with open('in.txt', 'w') as f:
    f.write('content\n')
p = argparse.ArgumentParser(prog='ft')
p.add_argument('--src', type=argparse.FileType('r'))
p.add_argument('--dst', type=argparse.FileType('w', encoding='utf-8'))
p.add_argument('--raw', type=argparse.FileType('rb'))
p.add_argument('--bad', type=argparse.FileType('q'))
args = p.parse_args(['--src', 'in.txt', '--dst', 'out.txt', '--raw', 'in.txt'])
print(args.src.read(), args.raw.read(), args.dst.name, args.dst.mode)
args.dst.write('written\n')
for f in (args.src, args.dst, args.raw):
    f.close()
print(open('out.txt').read())
std = p.parse_args(['--src', '-', '--dst', '-'])
print(std.src is sys.stdin, std.dst is sys.stdout)
print(p.parse_args(['--raw', '-']).raw is sys.stdin.buffer)
for argv in (['--src', 'missing.txt'], ['--bad', '-'], ['--dst', 'no/such/dir']):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
    except ValueError as e:
        print('ValueError', e)
print(argparse.FileType(), argparse.FileType('wb', 0, 'latin-1', 'strict'))
for name in ('in.txt', 'out.txt'):
    os.remove(name)
os.chdir('/')
os.rmdir(here)

# env: COLUMNS=80
# Abbreviated long options, allow_abbrev=False, single-dash long options,
# clusters of short flags and attached values.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_known_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p = argparse.ArgumentParser(prog='ab')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
p.add_argument('--vers', dest='vers')
p.add_argument('-x', action='store_true')
p.add_argument('-y', action='count')
p.add_argument('-z')
p.add_argument('-long', dest='single')
for argv in (['--verb'], ['--verbo'], ['--ver'], ['--vers', 'a'],
             ['--version-f=q'], ['--version', 'q'], ['-xyz3'], ['-xyy'],
             ['-yyx', '-zz'], ['-xw'], ['-x=1'], ['-y-'], ['-lo', 'v'],
             ['-long=v'], ['-l', 'v'], ['-z', '-x'], ['-z=-x'], ['-zx'],
             ['--verbose=yes'], ['--unknown=3', '-q'], ['-', '--']):
    attempt(p, argv)

q = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
q.add_argument('--verbose', action='store_true')
q.add_argument('-a', action='store_true')
q.add_argument('-b', action='store_true')
q.add_argument('-c')
for argv in (['--verb'], ['--verbose'], ['-ab'], ['-abcval'], ['-ac', 'v']):
    attempt(q, argv)

try:
    p.parse_args(['--verbose', 'extra', '--nope'])
except SystemExit as e:
    print('exit', e.code)

for ab in (True, False):
    r = argparse.ArgumentParser(prog='single', allow_abbrev=ab)
    r.add_argument('-long')
    r.add_argument('-l', action='store_true')
    r.add_argument('-a', action='store_true')
    for argv in (['-lo', 'v'], ['-lo=v'], ['-lon=v'], ['-la'], ['-long=z'],
                 ['-='], ['-a=']):
        attempt(r, argv)

# env: COLUMNS=80
# type=: functions, lambdas, classes, registered names, the errors each
# conversion failure gives, and exceptions that are not conversion errors.
import argparse

def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

def hexint(text):
    return int(text, 16)

def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError('%d must be positive' % n)
    return n

def typeerr(text):
    raise TypeError('boom')

class Point:
    def __init__(self, text):
        self.x, self.y = map(int, text.split(','))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

p = argparse.ArgumentParser(prog='types')
p.register('type', 'hex', hexint)
p.add_argument('--hex', type='hex')
p.add_argument('--hx', type=hexint)
p.add_argument('--pos', type=positive)
p.add_argument('--lam', type=lambda s: s.upper())
p.add_argument('--bad', type=lambda s: int(s))
p.add_argument('--te', type=typeerr)
p.add_argument('--pt', type=Point)
p.add_argument('--fl', type=float, nargs='+')
p.add_argument('--cx', type=complex)
p.add_argument('--by', type=bytes.fromhex)
for argv in (['--hex', 'ff'], ['--hex', 'zz'], ['--hx', '10'], ['--hx', 'g'],
             ['--pos', '3'], ['--pos', '-3'], ['--pos', 'x'], ['--lam', 'abc'],
             ['--bad', 'x'], ['--te', 'x'], ['--pt', '1,2'], ['--pt', '1'],
             ['--fl', '1', '2.5', 'nan'], ['--fl', '1', 'x'], ['--cx', '1+j'],
             ['--by', '00ff'], ['--by', 'zz']):
    attempt(p, argv)

class Boom(Exception):
    pass
def boom(text):
    raise Boom('not a conversion error')
q = argparse.ArgumentParser(prog='boom')
q.add_argument('--x', type=boom)
try:
    q.parse_args(['--x', '1'])
except Boom as e:
    print('Boom', e)

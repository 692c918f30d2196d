# env: COLUMNS=80
# Interspersed arguments on and off, '--', a lone '-', rargs/largs.
from optparse import OptionParser

p = OptionParser(prog='inter')
p.add_option('-a', action='store_true')
p.add_option('-b')
for inter in (True, False):
    if inter:
        p.enable_interspersed_args()
    else:
        p.disable_interspersed_args()
    print('interspersed', p.allow_interspersed_args)
    for argv in (['x', '-a', 'y'], ['-a', 'x', '-b', 'v'], ['-', '-a'],
                 ['-b', '--', 'z'], ['--', '-a'], ['-ab', 'v', 'w'], ['-abv']):
        values, args = p.parse_args(argv)
        print(' ', argv, '->', values.a, values.b, args, p.largs, p.rargs)
print(p.check_values(1, 2))

class Checked(OptionParser):
    def check_values(self, values, args):
        if not args:
            self.error('an argument is required')
        return values, [a.upper() for a in args]
c = Checked(prog='checked')
print(c.parse_args(['x', 'y'])[1])
try:
    c.parse_args([])
except SystemExit as e:
    print('exit', e.code)

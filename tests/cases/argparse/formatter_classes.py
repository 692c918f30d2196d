# env: COLUMNS=70
# The formatter classes: raw description and text, defaults, type metavars.
import argparse

DESC = '''First paragraph
    keeps its   spacing
and its line breaks.'''

def build(cls, plain=True):
    p = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description=DESC, epilog='  The   end.  ')
    p.add_argument('--count', type=int, default=3, help='how many\n  times')
    p.add_argument('--ratio', type=float, help='a ratio')
    p.add_argument('--name', default='anon', type=str, help='with %(default)s')
    if plain:
        p.add_argument("--flag", action="store_true", help="a flag")
    if plain:
        p.add_argument("--quiet", action="store_false")
    p.add_argument('--none', default=argparse.SUPPRESS, type=str,
                   help='suppressed default')
    p.add_argument('src', type=str, help='source')
    p.add_argument('more', nargs='*', type=int, default=[1], help='more')
    p.add_argument('opt', nargs='?', type=str, default='o', help='optional')
    return p

for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    print('=====', cls.__name__)
    build(cls, cls is not argparse.MetavarTypeHelpFormatter).print_help()

class Both(argparse.ArgumentDefaultsHelpFormatter,
           argparse.RawTextHelpFormatter):
    pass
print('=====', 'Both')
build(Both).print_help()

class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=10,
                         width=40)
print('=====', 'Narrow')
build(Narrow).print_help()
print(argparse.HelpFormatter('x', width=50)._width)

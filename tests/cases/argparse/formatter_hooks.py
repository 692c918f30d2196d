# env: COLUMNS=80
# Formatter classes written by programs: overriding the documented hooks
# and passing other widths and help positions.
import argparse, functools

class KeepLines(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        if text.startswith('R|'):
            return text[2:].splitlines()
        return super()._split_lines(text, width)

class Bulleted(argparse.HelpFormatter):
    def _fill_text(self, text, width, indent):
        return '\n'.join(indent + '* ' + line for line in text.split('. '))

class UpperMeta(argparse.HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return '<' + action.dest + '>'
    def _get_default_metavar_for_positional(self, action):
        return action.dest.upper()

for cls in (KeepLines, Bulleted, UpperMeta,
            functools.partial(argparse.HelpFormatter, max_help_position=40),
            functools.partial(argparse.HelpFormatter, width=40, indent_increment=4),
            lambda prog: argparse.RawTextHelpFormatter(prog, max_help_position=10)):
    p = argparse.ArgumentParser(prog='hooks', formatter_class=cls,
                                description='First sentence. Second sentence. Third')
    p.add_argument('--raw', help='R|line one\n  line two\nline three')
    p.add_argument('--plain', help='plain help that is wrapped normally by the '
                   'formatter when it is long enough to need it')
    p.add_argument('-x', '--ex', metavar='X')
    p.add_argument('thing')
    p.print_help()
    print('-----')

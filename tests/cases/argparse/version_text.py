# The version action's text: %(prog)s, wrapping to the width, newlines
# collapsed by the formatter, RawTextHelpFormatter keeping them.
import argparse, os

os.environ['COLUMNS'] = '40'
text = ('%(prog)s version 3.1.4 built with a long description that is '
        'wrapped by the formatter\nsecond line')
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter):
    p = argparse.ArgumentParser(prog='ver', formatter_class=cls)
    p.add_argument('-V', action='version', version=text)
    try:
        p.parse_args(['-V'])
    except SystemExit as e:
        print('exit', e.code)

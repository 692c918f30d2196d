# Descriptions, epilogs and help texts: whitespace collapsed, long words,
# paragraphs, tiny and large widths.
import argparse, os

TEXT = ('  Several   spaces and\ttabs\nand newlines collapse.\n\n'
        'A second paragraph joins the first. '
        'Averyveryveryverylongwordthatcannotbebrokenanywhereatall goes on.')
for cols in ('10', '22', '35', '79', '200'):
    os.environ['COLUMNS'] = cols
    print('=== width', cols)
    p = argparse.ArgumentParser(prog='wrap', description=TEXT, epilog=TEXT)
    p.add_argument('--opt', help=TEXT)
    p.add_argument('--a-long-option-name-that-is-long', help='short help')
    p.add_argument('pos', help=TEXT)
    p.print_help()

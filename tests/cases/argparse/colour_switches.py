# env: COLUMNS=60
# When colour is used: color=False, NO_COLOR, PYTHON_COLORS, TERM=dumb,
# FORCE_COLOR, and output that is not a terminal.
import argparse, os

def show(label, **kw):
    p = argparse.ArgumentParser(prog='sw', **kw)
    p.add_argument('--opt', help='an option')
    p.add_argument('pos')
    print('---', label)
    print(repr(p.format_usage()))
    print(repr(p.format_help()))

show('not a terminal')
os.environ['FORCE_COLOR'] = '1'
show('forced')
show('forced, color=False', color=False)
os.environ['NO_COLOR'] = '1'
show('forced and NO_COLOR')
os.environ['PYTHON_COLORS'] = '1'
show('PYTHON_COLORS=1 beats NO_COLOR')
os.environ['PYTHON_COLORS'] = '0'
del os.environ['NO_COLOR']
show('PYTHON_COLORS=0 beats FORCE_COLOR')
os.environ['PYTHON_COLORS'] = 'yes'
os.environ['TERM'] = 'dumb'
show('other PYTHON_COLORS, FORCE_COLOR before TERM=dumb')
del os.environ['FORCE_COLOR']
show('TERM=dumb')
f = argparse.HelpFormatter('direct', color=False)
f.add_usage(None, [], [])
print(repr(f.format_help()))

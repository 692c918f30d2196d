"""Prints what the symtable module says of a program, table by table."""
import symtable
import warnings


def describe(sym):
    tests = [name[3:] for name in sorted(dir(sym)) if name.startswith('is_') and getattr(sym, name)()]
    return '%r %s' % (sym, ' '.join(tests))


def dump_table(t, indent=0):
    pad = '  ' * indent
    print('%s%r type=%s name=%s line=%d optimized=%s nested=%s children=%s' % (
        pad, t, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(),
        t.has_children()))
    print('%s  identifiers: %s' % (pad, list(t.get_identifiers())))
    for sym in t.get_symbols():
        print('%s  %s' % (pad, describe(sym)))
    if isinstance(t, symtable.Function):
        print('%s  params=%s locals=%s globals=%s nonlocals=%s frees=%s' % (
            pad, t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(),
            t.get_frees()))
    if isinstance(t, symtable.Class):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            print('%s  methods=%s' % (pad, t.get_methods()))
    for child in t.get_children():
        dump_table(child, indent + 1)


def dump(source, mode='exec', filename='<src>'):
    print('=' * 20)
    print(source.rstrip())
    print('-' * 20)
    try:
        top = symtable.symtable(source, filename, mode)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
        return None
    dump_table(top)
    return top

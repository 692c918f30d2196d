# configparser: every exception class, its message, args and attributes
import configparser as cp

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
        return e
    print('no error')

p = cp.ConfigParser()
p.read_string("[a]\nx = 1\n")
show(lambda: p.get('nope', 'x'))
show(lambda: p.get('a', 'Nope'))
show(lambda: p.add_section('a'))
show(lambda: p.add_section('DEFAULT'))
show(lambda: p.set('zz', 'k', 'v'))
show(lambda: p.remove_option('zz', 'k'))
show(lambda: p.options('zz'))
show(lambda: p.items('zz'))
show(lambda: p['zz'])
show(lambda: p['a']['zz'])
show(lambda: p.read_string("[b]\nk=1\n[b]\n"))
show(lambda: cp.ConfigParser().read_string("[b]\nk=1\nK=2\n", source='file.ini'))
show(lambda: cp.ConfigParser().read_string("k=1\n"))
show(lambda: cp.ConfigParser().read_string("\n\n  # c\nk=1\n", 'x.cfg'))
show(lambda: cp.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
show(lambda: cp.ConfigParser().read_string("[s]\nnovalue\n[t]\nbad line\n = x\n"))
show(lambda: cp.ConfigParser(allow_no_value=True).read_string("[s]\nkey\n  more\n"))
show(lambda: p.getint('a', 'x', fallback=3) and p.getint('a', 'nothere'))
show(lambda: cp.ConfigParser(interpolation=42))
show(lambda: cp.ConfigParser().add_section(UNNAMED := cp.UNNAMED_SECTION))
show(lambda: cp.ConfigParser().add_section(5))
show(lambda: p.set('a', 5, 'x'))
show(lambda: p.set('a', 'k', 5))
show(lambda: p['a'].__setitem__('k', 5))
show(lambda: p.__delitem__('DEFAULT'))
show(lambda: p.__delitem__('nothere'))

for exc in [cp.NoSectionError('s'), cp.NoOptionError('o', 's'),
            cp.DuplicateSectionError('s'), cp.DuplicateSectionError('s', 'src'),
            cp.DuplicateSectionError('s', 'src', 7),
            cp.DuplicateOptionError('s', 'o'), cp.DuplicateOptionError('s', 'o', 'f', 123),
            cp.InterpolationError('o', 's', 'msg'),
            cp.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
            cp.InterpolationSyntaxError('o', 's', 'syntax'),
            cp.InterpolationDepthError('o', 's', 'raw'),
            cp.ParsingError('src'), cp.ParsingError('src', 3, 'line'),
            cp.MissingSectionHeaderError('f', 2, 'l'),
            cp.MultilineContinuationError('f', 2, 'l'),
            cp.UnnamedSectionDisabledError(), cp.InvalidWriteError('w'),
            cp.InvalidWriteError(), cp.Error(), cp.Error('m')]:
    print(type(exc).__name__, [c.__name__ for c in type(exc).__mro__[1:-3]], repr(str(exc)), exc.args, exc.message)
e = cp.ParsingError('src')
e.append(1, 'a')
e.append(22, 'b')
print(e.errors, str(e))
d = cp.DuplicateOptionError('s', 'o', 'f', 123)
print(d.section, d.option, d.source, d.lineno)
m = cp.InterpolationMissingOptionError('o', 's', 'raw', 'ref')
print(m.option, m.section, m.reference)
h = cp.MissingSectionHeaderError('f', 2, 'l')
print(h.source, h.lineno, h.line, h.errors if hasattr(h, 'errors') else 'no errors')
print(cp.UNNAMED_SECTION, repr(cp.UNNAMED_SECTION), cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH)
print(sorted(cp.__all__))
show(lambda: cp.ConfigParser().read_file([b"[s]\n"]))
show(lambda: cp.ConfigParser().read_file([5]))
show(lambda: cp.ConfigParser().read_string(b"[s]\n"))
show(lambda: cp.ConfigParser().read_dict({'s': 5}))

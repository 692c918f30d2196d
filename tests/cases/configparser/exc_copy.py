# configparser: exceptions survive copy (their args rebuild them), and are catchable by base class
import configparser as cp
import copy

excs = [cp.NoSectionError('s'), cp.NoOptionError('o', 's'),
        cp.DuplicateSectionError('s', 'src', 3), cp.DuplicateOptionError('s', 'o', 'src', 4),
        cp.InterpolationError('o', 's', 'm'), cp.InterpolationMissingOptionError('o', 's', 'r', 'ref'),
        cp.InterpolationSyntaxError('o', 's', 'm'), cp.InterpolationDepthError('o', 's', 'r'),
        cp.MissingSectionHeaderError('f', 1, 'l'), cp.MultilineContinuationError('f', 1, 'l'),
        cp.ParsingError('src'), cp.InvalidWriteError('w'), cp.Error('e')]
for e in excs:
    try:
        c = copy.copy(e)
        print(type(c).__name__, str(c) == str(e), c.args == e.args)
    except Exception as err:
        print(type(e).__name__, 'copy failed:', type(err).__name__, err)
    print(isinstance(e, cp.Error), isinstance(e, Exception))
p = cp.ParsingError('src', 1, 'a')
p2 = cp.ParsingError('src', 5, 'b')
p.combine([p2, cp.ParsingError('x', 9, 'c')])
print(p.errors, str(p), p.args)
print(repr(cp.ParsingError('src', 100, 'long')))
try:
    cp.ParsingError('src', 1)
except TypeError as e:
    print('TypeError', e)
try:
    cp.ParsingError()
except TypeError as e:
    print('TypeError', e)
try:
    cp.NoSectionError()
except TypeError as e:
    print('TypeError', e)
e = cp.Error('msg')
e.message = 'changed'
print(str(e), repr(e), e.args)
print(cp.UnnamedSectionDisabledError().args)
class My(cp.Error):
    pass
print(str(My('x')), My().message == '')

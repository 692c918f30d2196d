# catch_warnings' entry rules and repr, WarningMessage's text, filterwarnings' argument checks.
import sys
import warnings

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as exc:
    print('RuntimeError', exc)
with cw as log:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn(UserWarning('two'))
    warnings.warn('three', DeprecationWarning)
    try:
        cw.__enter__()
    except RuntimeError as exc:
        print('RuntimeError', exc)
for m in log:
    print(m.category.__name__, m.message, m.lineno, m.line, m.file, m.source)
print(str(log[0]).replace(__file__, 'FILE'))
print(repr(log[0]).startswith('<WarningMessage {message : '))
try:
    cw.__enter__()
except RuntimeError as exc:
    print('again:', exc)
cw.__exit__(None, None, None)
m = warnings.WarningMessage('text', None, 'f.py', 3)
print(m, m._category_name, warnings.WarningMessage._WARNING_DETAILS)
for args in ((1,), ('bogus',), ('error', 1), ('error', '', int), ('error', '', Warning, 2),
             ('error', '', Warning, '', '3'), ('error', '', Warning, '', -1), ('bogus', 1, int)):
    try:
        warnings.filterwarnings(*args)
        print('ok', args)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
for args in (('bogus',), ('error', Warning, 'x'), ('error', Warning, -2)):
    try:
        warnings.simplefilter(*args)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
before = list(warnings.filters)
with warnings.catch_warnings(action='ignore', category=RuntimeWarning):
    print(warnings.filters[0][:1], warnings.filters[0][2].__name__)
print(warnings.filters == before)
warnings.filterwarnings('ignore', 'x')
warnings.filterwarnings('ignore', 'x', append=True)
warnings.filterwarnings('ignore', 'x')
print(sum(1 for f in warnings.filters if f[0] == 'ignore' and f[1] is not None and f[1].pattern == 'x'))
warnings.resetwarnings()
print(warnings.filters)

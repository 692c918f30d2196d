# catch_warnings(record=True) collects WarningMessage objects
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn("three", RuntimeWarning, source="src")
print(len(log))
for m in log:
    print(m.message, m.category.__name__, m.filename, m.lineno, m.line, m.file, m.source)
    print(str(m))
print(repr(log[0]))
print(type(log[0].message), log[0].message.args)
warnings.warn("outside: shown on stderr")

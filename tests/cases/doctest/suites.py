# cwd: tmp
# doctest with unittest (DocTestSuite, DocFileSuite, DocTestCase), testfile
# and the command line (doctest._test over a text file and a module).
import doctest
import io
import os
import sys
import unittest

with open('notes.txt', 'w') as f:
    f.write("Some prose.\n\n>>> 2 + 2\n4\n>>> print('x')\ny\n\nMore prose.\n>>> __name__\n'__main__'\n")
with open('good.txt', 'w') as f:
    f.write(">>> [i * i for i in range(3)]\n[0, 1, 4]\n")
MODULE = '"""\n>>> triple(2)\n6\n"""\ndef triple(x):\n    """\n    >>> triple(3)\n    9\n    >>> triple(0)\n    1\n    """\n    return 3 * x\n'
with open('mod_under_test.py', 'w') as f:
    f.write(MODULE)
# The module, made from its source (its file stays beside for the line numbers).
import types
mod_under_test = types.ModuleType('mod_under_test')
mod_under_test.__file__ = 'mod_under_test.py'
exec(compile(MODULE, 'mod_under_test.py', 'exec'), mod_under_test.__dict__)
sys.modules['mod_under_test'] = mod_under_test


def documented():
    """
    >>> documented()
    'yes'
    >>> 1 + 1
    3
    """
    return 'yes'


def skipped_only():
    """
    >>> 1  # doctest: +SKIP
    2
    """


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = stream.getvalue()
    # The time taken varies: keep the report without it.
    print('\n'.join(line for line in text.splitlines() if not line.startswith('Ran ')))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))


suite = doctest.DocTestSuite(sys.modules[__name__])
print([repr(t) for t in suite], [t.id() for t in suite], [t.shortDescription() for t in suite])
run(suite)
run(doctest.DocTestSuite(sys.modules[__name__], optionflags=doctest.REPORT_NDIFF))
run(doctest.DocFileSuite('notes.txt', 'good.txt', module_relative=False))
print(doctest.testfile('notes.txt', module_relative=False))
print(doctest.testfile('good.txt', module_relative=False, verbose=True))
print(doctest.testfile('notes.txt', module_relative=False, name='named', report=False,
                       globs={'__name__': 'g'}))
try:
    doctest.testfile('notes.txt', module_relative=False, package='x')
except ValueError as e:
    print(e)
try:
    doctest.testfile('notes.txt', raise_on_error=True, module_relative=False)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.example.source, e.got)
print(doctest.testmod(mod_under_test))
case = doctest.DocTestSuite(mod_under_test)
run(case)
for args in (['good.txt'], ['-v', 'good.txt'], ['notes.txt', 'good.txt'], ['-o', 'ELLIPSIS', '-f', 'mod_under_test.py']):
    sys.argv = ['doctest'] + args
    print('exit', doctest._test())

# run_docstring_examples, DebugRunner's exceptions, custom reports, globals
# and __future__ flags, script_from_examples and testsource.
import doctest
import sys


def f():
    """
    >>> y = 10
    >>> y * 2
    20
    >>> undefined_name
    Traceback (most recent call last):
    NameError: name 'undefined_name' is not defined
    """


def g():
    """
    >>> 1 + 1
    3
    """


def h():
    """
    >>> raise TypeError('t')
    """


doctest.run_docstring_examples(f, {}, name='f')
doctest.run_docstring_examples(g, {}, verbose=True, name='g')
doctest.run_docstring_examples(g, {}, verbose=False)

test = doctest.DocTestFinder().find(g)[0]
try:
    doctest.DebugRunner().run(test)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e, repr(e.got), e.example.source, e.test.name)
test = doctest.DocTestFinder().find(h)[0]
try:
    doctest.DebugRunner().run(test)
except doctest.UnexpectedException as e:
    print('UnexpectedException', e.exc_info[0].__name__, e.exc_info[1], e.example.lineno)


class Quiet(doctest.DocTestRunner):
    def report_start(self, out, test, example):
        out('START %s\n' % example.source.strip())

    def report_success(self, out, test, example, got):
        out('OK %r\n' % got)

    def report_failure(self, out, test, example, got):
        out('FAIL %r\n' % got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        out('BOOM %s\n' % exc_info[0].__name__)


r = Quiet()
for t in doctest.DocTestFinder().find(f) + doctest.DocTestFinder().find(g) + doctest.DocTestFinder().find(h):
    print(r.run(t))
collected = []
r2 = doctest.DocTestRunner()
t = doctest.DocTestParser().get_doctest(">>> print(z)\n7\n>>> z = 8\n", {'z': 7}, 'globs', None, 0)
print(r2.run(t, out=collected.append, clear_globs=False), t.globs.get('z'), collected)
t = doctest.DocTestParser().get_doctest(">>> print(q)\n7\n", {}, 'noname', None, None)
print(r2.run(t, out=collected.append), collected[-1])

fut = doctest.DocTestParser().get_doctest(
    ">>> def k(a: undefined) -> None: pass\n>>> k.__annotations__\n{'a': 'undefined', 'return': 'None'}\n",
    {'annotations': __import__('__future__').annotations}, 'future', 'x.py', 0)
print(doctest.DocTestRunner().run(fut))
print(doctest.script_from_examples(f.__doc__))
print(doctest.testsource(sys.modules[__name__], '__main__.g'))
try:
    doctest.testsource(sys.modules[__name__], 'nothing')
except ValueError as e:
    print(e)

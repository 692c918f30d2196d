# doctest option flags: directives in examples and flags given to the
# runner, with the diff kinds of failure reports.
import doctest


def flags():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))
    [0, 1, ..., 19]
    >>> [1, 2, 3]  # doctest: +NORMALIZE_WHITESPACE
    [1,  2,
     3]
    >>> True
    1
    >>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print('a\\n\\nb')  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> 1  # doctest: +SKIP
    2
    >>> raise ValueError('mod.detail')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    other.ValueError: something else
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: k
    """


def lines():
    """
    >>> print('a\\nb\\nc\\nd')
    a
    B
    c
    d
    >>> print('one')
    two
    >>> print('three')
    three
    """


for test in doctest.DocTestFinder().find(flags) + doctest.DocTestFinder().find(lines):
    for f in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
              doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST, doctest.ELLIPSIS):
        runner = doctest.DocTestRunner(optionflags=f, verbose=False)
        print('flags', f, runner.run(test, clear_globs=False))
    runner = doctest.DocTestRunner(verbose=True)
    print(runner.run(test))
    print(runner.summarize())

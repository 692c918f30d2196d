# DocTestParser: examples, wanted output, exceptions, options and their
# errors; OutputChecker with every comparison flag and diff kind.
import doctest
p = doctest.DocTestParser()
for bad in ["  >>> x\n >>> y\n", ">>>x\n", "  >>> x\n  ... y\n", " >>> x\n 1\n2\n", ">>> x # doctest: +BOGUS\n", "# doctest: +ELLIPSIS\n>>> 1\n",
            ">>> 1\n1\n\n  >>> 2 # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n  2\n", ">>> raise X\nTraceback (most recent call last):\n  ...\nmod.X: boom\n  more\n"]:
    try:
        parts = p.parse(bad, 'nm')
    except ValueError as e:
        print('VE', e)
    else:
        print([x if isinstance(x, str) else (x.source, x.want, x.exc_msg, x.lineno, x.indent, x.options) for x in parts])
print(doctest.Example('x', 'y').__dict__, doctest.Example('x', 'y') == doctest.Example('x', 'y'))
print(doctest.script_from_examples(">>> x = 1\n>>> x\n1\nSome text\n\nMore\n>>> y\n"))
t = p.get_doctest(">>> 1\n1\n", {}, 'nm', 'f.txt', 3)
print(t, repr(t), t == p.get_doctest(">>> 1\n1\n", {}, 'nm', 'f.txt', 3))
print(doctest.OPTIONFLAGS_BY_NAME, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
c = doctest.OutputChecker()
for w, g, f in [('1\n', 'True\n', 0), ('a ... b\n', 'a xx b\n', doctest.ELLIPSIS), ('a  b\n', 'a\nb\n', doctest.NORMALIZE_WHITESPACE),
                ('<BLANKLINE>\n', '\n', 0), ('a...\n...b\n', 'ab\n', doctest.ELLIPSIS), ('...', 'x', doctest.ELLIPSIS), ('a...a', 'a', doctest.ELLIPSIS)]:
    print(c.check_output(w, g, f))
ex = doctest.Example('f()', 'a\nb\nc\nd\n')
for fl in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(c.output_difference(ex, 'a\nB\nc\nd\n', fl))
print(c.output_difference(doctest.Example('f()', ''), 'x\n\n', 0))
print(c.output_difference(doctest.Example('f()', 'x'), '', 0))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try: doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e: print(e)
r = doctest.TestResults(1, 2); print(r, r.skipped, doctest.TestResults(1, 2, skipped=3))
print(doctest.register_optionflag('MINE'), doctest.register_optionflag('MINE'))

# ndiff reports keep their lines as difflib writes them.
import doctest
c = doctest.OutputChecker()
print(repr(c.output_difference(doctest.Example("f()", "abcdefgh  x\n"), "abXdefgh  y\n", doctest.REPORT_NDIFF)))
print(repr(c.output_difference(doctest.Example("f()", "a\n\nb\n"), "a\nb\n", doctest.REPORT_NDIFF)))

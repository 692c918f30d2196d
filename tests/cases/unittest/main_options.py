# lib: utrun
# unittest.main in-process with each option, catching its exit status.
import io
import sys
import unittest
import utrun


class Main(unittest.TestCase):
    def test_pass(self):
        print("out from test_pass")

    def test_fail(self):
        print("out from test_fail")
        self.assertEqual("x", "y")

    def test_other(self):
        pass

    @unittest.skip("skipped")
    def test_skipped(self):
        pass


class Second(unittest.TestCase):
    def test_pass(self):
        pass


def main(*argv, **kw):
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        unittest.main(argv=["prog"] + list(argv), **kw)
    except SystemExit as e:
        status = e.code
    else:
        status = "no exit"
    finally:
        sys.stderr = saved
    print("argv", list(argv), "->", status)
    sys.stdout.write(utrun.report(err.getvalue()))


main()
main("-v")
main("-q")
main("-f")
main("-b")
main("-k", "pass")
main("-k", "Second", "-v")
main("-k", "*_o*", "-k", "skip", "-v")
main("Second")
main("Main.test_pass", "Main.test_other", "-v")
main("Second.test_pass", "--locals")
main("-k", "nothing_matches")
main("-v", exit=False)
main(defaultTest="Second")
main(defaultTest=["Second", "Main.test_pass"], verbosity=2)
main(failfast=True, buffer=True)
p = unittest.main(argv=["p", "Second"], exit=False,
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(p.result, p.verbosity, p.failfast, p.buffer, p.testNames, p.warnings)

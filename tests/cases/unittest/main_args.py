# lib: utrun
# unittest.main's argument errors and help text.
import io
import sys
import unittest
import utrun


class T(unittest.TestCase):
    def test_x(self):
        pass


def main(*argv):
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        unittest.main(argv=["prog"] + list(argv))
    except SystemExit as e:
        status = e.code
    finally:
        sys.stderr = saved
    print("argv", list(argv), "->", status)
    sys.stdout.write(utrun.report(err.getvalue()))


main("--no-such-option")
main("--durations")
main("--durations", "x")
main("-k")
main("-h")
main("NoSuchTest")

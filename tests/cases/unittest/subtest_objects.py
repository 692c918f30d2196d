# lib: utrun
# _SubTest objects as results see them: id, str, descriptions; subTest without a result.
import unittest
import utrun

seen = []


class Keep(unittest.TestResult):
    def addSubTest(self, test, subtest, err):
        seen.append((subtest.id(), str(subtest), subtest.shortDescription(),
                     subtest.test_case is test, subtest.params.get("a"),
                     err is None))
        super().addSubTest(test, subtest, err)


class S(unittest.TestCase):
    def test_x(self):
        """Docstring of test_x."""
        with self.subTest("message", a=1, b="two"):
            pass
        with self.subTest(a=[1, 2]):
            with self.subTest(c=None):
                self.fail("inner")
        with self.subTest(msg="kw"):
            pass
        with self.subTest(None):
            pass


S("test_x").run(Keep())
for item in seen:
    print(item)
t = S("test_x")
with t.subTest(a=1):
    print("subTest outside a run is a plain block")

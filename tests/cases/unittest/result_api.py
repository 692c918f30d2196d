# lib: utrun
# TestResult used directly: the hooks, stop, wasSuccessful, repr, traceback text.
import sys
import unittest
import utrun


class Recording(unittest.TestResult):
    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")

    def startTest(self, test):
        super().startTest(test)
        print("startTest", test.id())

    def stopTest(self, test):
        super().stopTest(test)
        print("stopTest", test.id())

    def addSuccess(self, test):
        print("addSuccess", test.id())

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        print("addSubTest", subtest.id(), err and err[0].__name__)

    def addDuration(self, test, elapsed):
        print("addDuration", test.id(), elapsed >= 0)


class C(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        with self.subTest(p=1):
            pass
        with self.subTest(p=2):
            1 / 0

    def test_c(self):
        self.assertTrue(False)


res = Recording()
suite = unittest.TestLoader().loadTestsFromTestCase(C)
suite.run(res)
print(res.testsRun, res.wasSuccessful(), repr(res).split(" run")[1])
print(res.errors[0][1])
print(res.failures[0][1])
res2 = unittest.TestResult()
res2.stop()
unittest.TestLoader().loadTestsFromTestCase(C).run(res2)
print(res2.shouldStop, res2.testsRun)
res3 = unittest.TestResult()
C("test_a").run(res3)
print(res3.collectedDurations[0][0], res3.wasSuccessful())
res3.unexpectedSuccesses.append(C("test_a"))
print(res3.wasSuccessful())
print(repr(unittest.TestResult()))
res4 = unittest.TestResult()
res4.tb_locals = True
C("test_c").run(res4)
print("\n".join(l for l in res4.failures[0][1].splitlines() if "self =" not in l))

# lib: utrun
# FunctionTestCase: set-up, tidy-up, description, ids, equality.
import unittest
import utrun

log = []


def setup():
    log.append("setup")


def teardown():
    log.append("teardown")


def passing():
    """Function doc line."""
    log.append("passing")


def failing():
    assert 1 == 2, "plain assert"


ft = unittest.FunctionTestCase(passing, setUp=setup, tearDown=teardown)
print(ft.id(), str(ft), ft.shortDescription())
print(repr(ft).split(" at ")[0])
described = unittest.FunctionTestCase(failing, description="my description")
print(described.shortDescription(), unittest.FunctionTestCase(failing).shortDescription())
print(ft == unittest.FunctionTestCase(passing, setUp=setup, tearDown=teardown),
      ft == unittest.FunctionTestCase(passing), ft == 1)
print(hash(ft) == hash(unittest.FunctionTestCase(passing, setUp=setup, tearDown=teardown)))
utrun.run(ft, described, unittest.FunctionTestCase(failing), verbosity=2)
print(log)

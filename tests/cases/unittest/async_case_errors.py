# IsolatedAsyncioTestCase: a test returning a value warns, errors in
# asyncSetUp, asyncTearDown and async cleanups are reported, a custom
# loop_factory is used, and the loop is closed after each test.
import asyncio
import io
import re
import unittest
import warnings

loops = []


def factory():
    loop = asyncio.new_event_loop()
    loops.append(loop)
    return loop


class Errors(unittest.IsolatedAsyncioTestCase):
    loop_factory = staticmethod(factory)

    async def asyncSetUp(self):
        if self._testMethodName == 'test_setup_fails':
            raise RuntimeError('setup broke')

    async def test_returns(self):
        return 42

    async def test_setup_fails(self):
        print('not reached')

    async def test_cleanup_fails(self):
        async def bad():
            raise KeyError('cleanup')
        self.addAsyncCleanup(bad)

    async def test_teardown_fails(self):
        self.fail_teardown = True

    async def asyncTearDown(self):
        if getattr(self, 'fail_teardown', False):
            raise OSError('teardown broke')


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(Errors))
report = re.sub(r'\d+\.\d+s', 'N.NNNs', stream.getvalue())
print(re.sub(r'Traceback \(most recent call last\):\n(.*\n)*?(?=\w+Error)', '', report))
for w in caught:
    print(w.category.__name__, re.sub(r' at 0x[0-9a-f]+', '', str(w.message)))
print(len(loops), [l.is_closed() for l in loops])
print(result.testsRun, len(result.failures), len(result.errors))

# IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups in
# order, each test in a loop of its own, context variables shared by the
# parts of one test, failures and errors reported as for any TestCase.
import asyncio
import contextvars
import io
import re
import unittest

events = []
var = contextvars.ContextVar('var', default='unset')


class Resource:
    async def __aenter__(self):
        events.append('aenter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append('aexit')


class Tests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')
        var.set('from setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp ' + var.get())
        self.loop = asyncio.get_running_loop()
        self.addAsyncCleanup(self.cleanup, 'async')
        self.addCleanup(events.append, 'sync cleanup')

    async def cleanup(self, what):
        events.append('cleanup ' + what)

    async def test_a_await(self):
        events.append('test_a ' + var.get())
        self.assertIs(asyncio.get_running_loop(), self.loop)
        await asyncio.sleep(0)
        r = await self.enterAsyncContext(Resource())
        events.append(r)

    async def test_b_fail(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_c_error(self):
        raise ValueError('boom')

    def test_d_sync(self):
        events.append('test_d ' + var.get())

    async def test_e_bad_context(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))

    @unittest.skip('not today')
    async def test_f_skipped(self):
        pass

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Tests))
# the report without its tracebacks (they pass through asyncio's own files)
report = re.sub(r'\d+\.\d+s', 'N.NNNs', stream.getvalue())
print(re.sub(r'Traceback \(most recent call last\):\n(.*\n)*?(?=\w+Error)', '', report))
for e in events:
    print(e)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print('IsolatedAsyncioTestCase' in dir(unittest), unittest.IsolatedAsyncioTestCase.__module__)
print(unittest.__all__[:4])
print(Tests.loop_factory)

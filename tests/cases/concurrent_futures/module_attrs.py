import concurrent
import concurrent.futures as cf
import sys

print(cf.__name__, concurrent.futures is cf, 'concurrent.futures._base' in sys.modules)
names = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
         'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor',
         'wait', 'as_completed', 'ThreadPoolExecutor']
print(all(n in cf.__all__ for n in names), all(n in dir(cf) for n in names))
print('__doc__' in dir(cf))
try:
    cf.NoSuchExecutor
except AttributeError as e:
    print(e)
try:
    from concurrent.futures import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.name_from if hasattr(e, 'name_from') else '')
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor as T2
print(ThreadPoolExecutor is T2, cf.ThreadPoolExecutor is T2, T2.__module__)
print(cf.Future is cf._base.Future, cf.wait.__module__, cf.as_completed.__module__)
print(concurrent.__doc__ is None, bool(cf.__doc__), bool(cf.wait.__doc__))
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))

"""Shared by the tests/cases/concurrent_futures cases: executors that need
no threads, a log handler that prints, and printing helpers."""
import concurrent.futures as cf
import logging
import re
import threading


def no_threads():
    """Makes CPython's Thread.start fail as it does when no thread can be
    made (cipy's always does): RuntimeError("can't start new thread")."""
    def refuse(*args, **kwargs):
        raise RuntimeError("can't start new thread")
    threading._start_joinable_thread = refuse


def clean(text):
    return re.sub(r'0x[0-9a-f]+', '0x...', re.sub(r'Future \d+ ', 'Future N ', str(text)))


def error(func, *args, **kwargs):
    """Call func; print the exception it raises (type and message)."""
    try:
        value = func(*args, **kwargs)
    except BaseException as e:
        print(type(e).__module__ + '.' + type(e).__qualname__ + ':', clean(e))
    else:
        print('no error:', clean(repr(value)))


class InlineExecutor(cf.Executor):
    """Runs each call as it is submitted."""

    def __init__(self):
        self.calls = 0

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        f = cf.Future()
        if f.set_running_or_notify_cancel():
            try:
                f.set_result(fn(*args, **kwargs))
            except BaseException as e:
                f.set_exception(e)
        return f


class LaterExecutor(cf.Executor):
    """Queues each call; run() carries out the queued ones in order."""

    def __init__(self):
        self.queue = []
        self.closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self.closed:
            raise RuntimeError('closed')
        f = cf.Future()
        self.queue.append((f, fn, args, kwargs))
        return f

    def run(self, n=None):
        while self.queue and (n is None or n > 0):
            f, fn, args, kwargs = self.queue.pop(0)
            if n is not None:
                n -= 1
            if not f.set_running_or_notify_cancel():
                print('  skipped a cancelled call')
                continue
            try:
                f.set_result(fn(*args, **kwargs))
            except BaseException as e:
                f.set_exception(e)

    def shutdown(self, wait=True, *, cancel_futures=False):
        print('  shutdown', wait, cancel_futures)
        self.closed = True


class PrintHandler(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        print('LOG', record.name, record.levelname, clean(record.getMessage()),
              type(exc).__name__ if exc else '')


def log_to_stdout():
    logger = logging.getLogger('concurrent.futures')
    logger.addHandler(PrintHandler())
    logger.propagate = False
    return logger


def state(f):
    return clean(repr(f)).split('state=')[1][:-1]

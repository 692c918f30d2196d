"""This module provides primitive operations to write multi-threaded programs.
The 'threading' module provides a more convenient interface."""

# A program run by cipy has exactly one thread: starting another one fails
# as it does on a CPython built without thread support.  The locks still
# behave as CPython's do when no other thread exists: a lock held by the
# only thread can be released by nobody but a signal handler, so a blocking
# acquire of a held lock waits (polling, so that such a handler gets its
# chance) until the time-out runs out, or forever without one.
import time as _clock

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_NAME_MAXLEN = 15

_POLL_STEP = 0.05
_stack_bytes = 0


def _wait_seconds(blocking, timeout):
    """How long an acquire may wait: None for ever, else seconds (0 = not)."""
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer or float"
                        % type(timeout).__name__)
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0.0
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for C PyTime_t")
    return float(timeout)


def _await(is_free, seconds):
    """Sleep until is_free() or the seconds pass; whether it came free."""
    if is_free():
        return True
    if seconds is not None and seconds <= 0:
        return False
    end = None if seconds is None else _clock.monotonic() + seconds
    while True:
        step = _POLL_STEP
        if end is not None:
            left = end - _clock.monotonic()
            if left <= 0:
                return is_free()
            step = min(step, left)
        _clock.sleep(step)
        if is_free():
            return True


def _where(obj):
    return "0x%x" % id(obj)


class _Unpicklable:
    """Locks refuse pickling and copying with CPython's TypeError: its
    locks are C objects with no state object.__reduce_ex__ could save."""

    __slots__ = ()

    def __reduce_ex__(self, protocol):
        cls = type(self)
        if cls.__reduce__ is not _Unpicklable.__reduce__:
            return self.__reduce__()
        name = cls.__name__
        if protocol >= 2 and cls in (lock, RLock):
            name = '_thread.' + name    # the C type's full name
        raise TypeError(f"cannot pickle {name!r} object")

    def __reduce__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def __getstate__(self):
        return None


class lock(_Unpicklable):
    """A lock object is a synchronization primitive.  To create a lock,
call threading.Lock().  Methods are:

acquire() -- lock the lock, possibly blocking until it can be obtained
release() -- unlock of the lock
locked() -- test whether the lock is currently locked

A lock is not owned by the thread that locked it; another thread may
unlock it.  A thread attempting to lock a lock that it has already locked
will block until another thread unlocks it.  Deadlocks may ensue."""

    __slots__ = ("_taken", "__weakref__")

    def __init__(self):
        self._taken = False

    def acquire(self, blocking=True, timeout=-1):
        if not _await(lambda: not self._taken, _wait_seconds(blocking, timeout)):
            return False
        self._taken = True
        return True

    def release(self):
        if not self._taken:
            raise RuntimeError("release unlocked lock")
        self._taken = False

    def locked(self):
        return self._taken

    def _at_fork_reinit(self):
        self._taken = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._taken else "unlocked"
        return "<%s %s.%s object at %s>" % (state, type(self).__module__,
                                           type(self).__qualname__, _where(self))


LockType = lock


class RLock(_Unpicklable):
    __slots__ = ("_owner", "_depth", "__weakref__")

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._depth and self._owner == me:
            self._depth += 1
            return True
        if not _await(lambda: self._depth == 0, _wait_seconds(blocking, timeout)):
            return False
        self._owner, self._depth = me, 1
        return True

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if not self._depth:
            self._owner = 0

    def locked(self):
        return self._depth > 0

    def _is_owned(self):
        return self._depth > 0 and self._owner == get_ident()

    def _recursion_count(self):
        return self._depth if self._is_owned() else 0

    # Condition.wait() hands the whole ownership over and takes it back.
    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._depth, self._owner)
        self._owner = self._depth = 0
        return saved

    def _acquire_restore(self, saved):
        self._await_free()
        self._depth, self._owner = saved

    def _await_free(self):
        _await(lambda: self._depth == 0, None)

    def _at_fork_reinit(self):
        self._owner = self._depth = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._depth else "unlocked"
        return "<%s %s.%s object owner=%d count=%d at %s>" % (
            state, type(self).__module__, type(self).__qualname__,
            self._owner, self._depth, _where(self))


def allocate_lock():
    """Create a new lock object. See help(type(threading.Lock())) for
information about locks."""
    return lock()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    """Start a new thread and return its identifier.

The thread will call the function with positional arguments from the
tuple args and keyword arguments taken from the optional dictionary
kwargs.  The thread exits when the function returns; the return value
is ignored.  The thread will also exit when the function raises an
unhandled exception; a stack trace will be printed unless the exception
is SystemExit."""
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def start_joinable_thread(function, handle=None, daemon=True):
    if not callable(function):
        raise TypeError("thread function must be callable")
    raise RuntimeError("can't start new thread")


def exit():
    """This is synonymous to ``raise SystemExit''.  It will cause the current
thread to exit silently unless the exception is caught."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Simulate the arrival of the given signal in the main thread,
where the corresponding signal handler will be executed.
If *signum* is omitted, SIGINT is assumed.
A subthread can use this function to interrupt the main thread.

Note: the default signal handler for SIGINT raises ``KeyboardInterrupt``."""
    import _signal
    handler = _signal.getsignal(signum)
    if callable(handler):
        _signal.raise_signal(signum)


def stack_size(size=0):
    """Return the thread stack size used when creating new threads.  The
optional size argument specifies the stack size (in bytes) to be used
for subsequently created threads, and must be 0 (use platform or
configured default) or a positive integer value of at least 32,768 (32k).
If changing the thread stack size is unsupported, a ThreadError
exception is raised.  If the specified size is invalid, a ValueError
exception is raised, and the stack size is unmodified.  32k bytes
 currently the minimum supported stack size value to guarantee
sufficient stack space for the interpreter itself.

Note that some platforms may have particular restrictions on values for
the stack size, such as requiring a minimum stack size larger than 32 KiB or
requiring allocation in multiples of the system memory page size
- platform documentation should be referred to for more information
(4 KiB pages are common; using multiples of 4096 for the stack size is
the suggested approach in the absence of more specific information)."""
    global _stack_bytes
    size = size.__index__() if not isinstance(size, int) else size
    if size != 0 and not 53248 <= size:
        raise ValueError("size must be at least 53248 bytes")
    previous, _stack_bytes = _stack_bytes, size
    return previous


def daemon_threads_allowed():
    """Return True if daemon threads are allowed in the current interpreter,
and False otherwise.
"""
    return True


def _count():
    return 0


def _get_main_thread_ident():
    return get_ident()


def _is_main_interpreter():
    return True


def _get_name():
    return "MainThread"


def set_name(name):
    """Set the name of the current thread."""
    if not isinstance(name, str):
        raise TypeError("set_name() argument 'name' must be str, not %s" % type(name).__name__)


class _local:
    """Thread-local data"""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


class _ExceptHookArgs(tuple):
    """ExceptHookArgs

Type used to pass arguments to threading.excepthook."""

    n_sequence_fields = n_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % self


def _excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    import sys
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return
    out = sys.stderr
    if out is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    out.write("Exception in thread %s:\n" % who)
    out.flush()
    sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    out.flush()

"""Thread module emulating a subset of Java's threading model."""

# The threading API over cipy's _thread, for a program that has one thread.
# Thread objects can be made and configured, but start() fails as it does
# on a CPython without threads.  The synchronisation classes work as they
# do in CPython when no other thread exists: what needs another thread to
# happen (a notify during wait(), a second party at a barrier) never comes,
# so such a call sleeps out its time-out, or for ever without one.
import sys as _sys
import _thread
from time import monotonic as _now
from _thread import _await

__all__ = sorted("""
    Barrier BoundedSemaphore BrokenBarrierError Condition Event ExceptHookArgs Lock RLock
    Semaphore TIMEOUT_MAX Thread ThreadError Timer active_count current_thread enumerate
    excepthook get_ident get_native_id getprofile gettrace local main_thread setprofile
    setprofile_all_threads settrace settrace_all_threads stack_size""".split())

Lock = _thread.lock
_CRLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
excepthook = __excepthook__ = _thread._excepthook
ExceptHookArgs = _thread._ExceptHookArgs
_HAVE_THREAD_NATIVE_ID = True


def _deprecated(old, new):
    import warnings
    warnings.warn('%s() is deprecated, %s instead' % (old, new), DeprecationWarning, stacklevel=3)


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it
    again without blocking; the thread must release it once for each time it
    has acquired it.

    """
    return _CRLock(*args, **kwargs)


# ---- hooks for threads to come ----------------------------------------------

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run()
    method is called.
    """
    _hooks['trace'] = func


def settrace_all_threads(func):
    """Set a trace function for all threads started from the threading module
    and all Python threads that are currently executing.

    The func will be passed to sys.settrace() for each thread, before its run()
    method is called.
    """
    settrace(func)
    _sys.settrace(func)


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _hooks['trace']


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.
    """
    _hooks['profile'] = func


def setprofile_all_threads(func):
    """Set a profile function for all threads started from the threading module
    and all Python threads that are currently executing.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.
    """
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _hooks['profile']


# ---- conditions, semaphores, events, barriers --------------------------------

def _holds(lock):
    """Whether the only thread holds lock (any lock-like object)."""
    owned = getattr(lock, '_is_owned', None)
    if owned is not None:
        return owned()
    if lock.acquire(False):
        lock.release()
        return False
    return True


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.

    If the lock argument is given and not None, it must be a Lock or RLock
    object, and it is used as the underlying lock. Otherwise, a new RLock object
    is created and used as the underlying lock.

    """

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._sleepers = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return '<Condition(%r, %d)>' % (self._lock, self._sleepers)

    def _is_owned(self):
        return _holds(self._lock)

    def wait(self, timeout=None):
        # Nobody can notify: the wait always runs its full time.
        if not _holds(self._lock):
            raise RuntimeError('cannot wait on un-acquired lock')
        _await(lambda: False, timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else _now() + timeout
        result = predicate()
        while not result:
            left = None
            if deadline is not None:
                left = deadline - _now()
                if left <= 0:
                    break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not _holds(self._lock):
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        self.notify(0)

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus
    the number of acquire() calls, plus an initial value. The acquire() method
    blocks if necessary until it can return without making the counter
    negative. If not given, value defaults to 1.

    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())   # held as CPython's is (and so refuses pickling)
        self._value = value

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%s>' % (type(self).__module__, type(self).__qualname__,
                                              id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not _await(lambda: self._value > 0, timeout if blocking else 0):
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def _check_count(self, n):
        if n < 1:
            raise ValueError('n must be one or more')
        return n

    def release(self, n=1):
        self._value += self._check_count(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore.

    A bounded semaphore checks to make sure its current value doesn't exceed its
    initial value. If it does, ValueError is raised. In most situations
    semaphores are used to guard resources with limited capacity.

    If the semaphore is released too many times it's a sign of a bug. If not
    given, value defaults to 1.

    """

    def __init__(self, value=1):
        self._ceiling = value
        Semaphore.__init__(self, value)

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%s/%s>' % (type(self).__module__, type(self).__qualname__,
                                                 id(self), self._value, self._ceiling)

    def release(self, n=1):
        if self._value + self._check_count(n) > self._ceiling:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """Class implementing event objects.

    Events manage a flag that can be set to true with the set() method and reset
    to false with the clear() method. The wait() method blocks until the flag is
    true.  The flag is initially false.

    """

    def __init__(self):
        self._cond = Condition(Lock())   # held as CPython's is (and so refuses pickling)
        self._flag = False

    def __repr__(self):
        return '<%s.%s at 0x%x: %s>' % (type(self).__module__, type(self).__qualname__,
                                        id(self), 'set' if self._flag else 'unset')

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set()')
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _await(lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.

    """

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._cond = Condition(Lock())   # held as CPython's is (and so refuses pickling)
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def __repr__(self):
        where = '%s.%s at 0x%x' % (type(self).__module__, type(self).__qualname__, id(self))
        if self._broken:
            return '<%s: broken>' % where
        return '<%s: waiters=%d/%d>' % (where, 0, self._parties)

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            # The caller is every party: it passes at once, running the action.
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return 0
        # The other parties never come: the wait ends only by its time-out.
        _await(lambda: self._broken, self._timeout if timeout is None else timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._broken

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        return 0

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties


# ---- threads ------------------------------------------------------------------

_names_given = 0
_alive = {}


def _next_name(target):
    global _names_given
    _names_given += 1
    name = 'Thread-%d' % _names_given
    target_name = getattr(target, '__name__', None)
    if target is not None and target_name is not None:
        name += ' (%s)' % target_name
    return name


class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways
    to specify the activity: by passing a callable object to the constructor, or
    by overriding the run() method in a subclass.

    """

    _made = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None, context=None):
        assert group is None, 'group argument must be None for now'
        self._target = target
        self._name = _next_name(target) if name is None else str(name)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._context = context
        self._ident = None
        self._native_id = None
        self._running = False
        self._tried = False
        self._stderr = _sys.stderr
        self._made = True

    def __repr__(self):
        assert self._made, 'Thread.__init__() was not called'
        state = 'started %s' % self._ident if self._running else 'initial'
        if self._daemonic:
            state += ' daemon'
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, state)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the
        object's run() method to be invoked in a separate thread of control.

        This method will raise a RuntimeError if called more than once on the
        same thread object.

        """
        if not self._made:
            raise RuntimeError('thread.__init__() not called')
        if self._running:
            raise RuntimeError('threads can only be started once')
        _thread.start_joinable_thread(self._bootstrap, daemon=self._daemonic)

    def _bootstrap(self):
        self.run()

    def run(self):
        """Method representing the thread's activity.

        You may override this method in a subclass. The standard run() method
        invokes the callable object passed to the object's constructor as the
        target argument, if any, with sequential and keyword arguments taken
        from the args and kwargs arguments, respectively.

        """
        job = self._target
        try:
            if job is not None:
                job(*self._args, **self._kwargs)
        finally:
            # Drop the references, as a finished thread does.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates."""
        if not self._made:
            raise RuntimeError('Thread.__init__() not called')
        if not self._running:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._made, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._made, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._made, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._made, 'Thread.__init__() not called'
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._made, 'Thread.__init__() not called'
        return self._running

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._made, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._made:
            raise RuntimeError('Thread.__init__() not called')
        if self._running:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute')
        self.name = name


class _MainThread(Thread):
    """The thread the program runs in: started, alive, never a daemon."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._running = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        _alive[self._ident] = self


class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting

    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()
        self.function, self.interval = function, interval
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()


# The main thread exists before anything else asks for it: the
# _daemonic default of a new Thread reads current_thread().
_main = None


def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading
    module, a dummy thread object with limited functionality is returned.

    """
    return _main


def currentThread():
    _deprecated('currentThread', 'use current_thread()')
    return _main


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    return _main


def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by
    current_thread(), and the main thread. It excludes terminated threads and
    threads that have not yet been started.

    """
    return list(_alive.values())


def active_count():
    """Return the number of Thread objects currently alive.

    The returned count is equal to the length of the list returned by
    enumerate().

    """
    return len(_alive)


def activeCount():
    _deprecated('activeCount', 'use active_count()')
    return len(_alive)


class _Bootstrapping:
    daemon = False


_main = _Bootstrapping()
_main = _MainThread()
del _Bootstrapping

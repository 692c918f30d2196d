"""Utilities for with-statement contexts.  See PEP 343."""

# Layout of this module:
#   * the two abstract base classes, whose subclass hooks look for the
#     protocol's methods anywhere in a class's MRO;
#   * the decorator mixins, which make a fresh manager per decorated call;
#   * the generator-based managers behind @contextmanager and
#     @asynccontextmanager: the outcome of throwing the block's exception
#     into the generator is decided by one shared function, _thrown_outcome;
#   * the small managers (closing, aclosing, nullcontext, suppress, chdir,
#     the stream redirections);
#   * the exit stacks, whose unwinding loop is shared by the sync and async
#     forms through _Unwinder.

import abc
import os
import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


def _mro_provides(klass, wanted):
    """True when every name in `wanted` is defined somewhere along klass's
    MRO and the nearest definition is not None (None opts out)."""
    for name in wanted:
        for base in klass.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    @classmethod
    def __subclasshook__(cls, other):
        # Subclasses of the ABC answer with the ordinary subclass check.
        if cls is AbstractContextManager:
            return _mro_provides(other, ("__enter__", "__exit__"))
        return NotImplemented

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractAsyncContextManager:
            return _mro_provides(other, ("__aenter__", "__aexit__"))
        return NotImplemented

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    __slots__ = ()
    __class_getitem__ = classmethod(_GenericAlias)


class ContextDecorator:
    "A base class or mixin that enables context managers to work as decorators."

    def __call__(self, func):
        @wraps(func)
        def with_context(*call_args, **call_kwds):
            # A manager made by @contextmanager is single-use, so every call
            # of the decorated function asks for a new one.
            with self._recreate_cm():
                return func(*call_args, **call_kwds)
        return with_context

    def _recreate_cm(self):
        """Return a recreated instance of self.

        Allows an otherwise one-shot context manager like
        _GeneratorContextManager to support use as
        a decorator via implicit recreation.

        This is a private interface just for _GeneratorContextManager.
        See issue #11647 for details.
        """
        return self


class AsyncContextDecorator:
    "A base class or mixin that enables async context managers to work as decorators."

    def __call__(self, func):
        @wraps(func)
        async def with_context(*call_args, **call_kwds):
            async with self._recreate_cm():
                return await func(*call_args, **call_kwds)
        return with_context

    def _recreate_cm(self):
        """Return a recreated instance of self.
        """
        return self


# --- @contextmanager and @asynccontextmanager --------------------------------

_STOPPED = "generator didn't stop"
_NO_YIELD = "generator didn't yield"
_END = object()     # what next()/anext() give for a finished generator


def _thrown_outcome(raised, sent, tb, finished_kinds):
    """Decide what __exit__/__aexit__ returns once the generator answered the
    exception `sent` (thrown in with traceback `tb`) by raising `raised`.

    Returns True (the generator swallowed `sent`: suppress it), False (the
    generator let `sent` through: the with statement re-raises it, with the
    traceback it had before it visited the generator) or None: the caller
    re-raises `raised`, a new exception of the generator's own.
    """
    if isinstance(raised, finished_kinds):
        # The generator ran to its end: `sent` was swallowed, unless what
        # ended the generator is `sent` itself coming back out.
        return raised is not sent
    # A StopIteration thrown into a generator comes back out as the
    # RuntimeError that PEP 479 wraps around it.
    rewrapped = (isinstance(raised, RuntimeError)
                 and isinstance(sent, (StopIteration, StopAsyncIteration))
                 and raised.__cause__ is sent)
    if raised is sent or rewrapped:
        sent.__traceback__ = tb
        return False
    return None


class _GeneratorContextManagerBase:
    """Shared functionality for @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Instances take the generator function's docstring, so help() on a
        # manager describes what it manages.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Only the recipe (func, args, kwds) is needed; it is dropped on
        # entry, so a manager already used cannot make another.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError(_NO_YIELD) from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The block ended normally: the generator must end now too.
            if next(self.gen, _END) is not _END:
                self._give_up(_STOPPED)
            return False
        if value is None:
            # Exit called by hand with only a type: make the instance.
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as raised:
            verdict = _thrown_outcome(raised, value, traceback, StopIteration)
            if verdict is None:
                raise
            return verdict
        self._give_up(_STOPPED + " after throw()")

    def _give_up(self, message):
        # The generator yielded again instead of finishing: close it (its
        # clean-up runs now) and report the misuse.
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError(_NO_YIELD) from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _END) is not _END:
                await self._give_up(_STOPPED)
            return False
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except BaseException as raised:
            verdict = _thrown_outcome(raised, value, traceback,
                                      StopAsyncIteration)
            if verdict is None:
                raise
            return verdict
        await self._give_up(_STOPPED + " after athrow()")

    async def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()


def _factory_of(manager_class, func):
    """A function with func's signature and metadata that wraps each call's
    generator in a manager_class."""
    @wraps(func)
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return helper


def contextmanager(func):
    """@contextmanager decorator.

    Typical usage:

        @contextmanager
        def some_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>

    This makes this:

        with some_generator(<arguments>) as <variable>:
            <body>

    equivalent to this:

        <setup>
        try:
            <variable> = <value>
            <body>
        finally:
            <cleanup>
    """
    return _factory_of(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator.

    Typical usage:

        @asynccontextmanager
        async def some_async_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>

    This makes this:

        async with some_async_generator(<arguments>) as <variable>:
            <body>

    equivalent to this:

        <setup>
        try:
            <variable> = <value>
            <body>
        finally:
            <cleanup>
    """
    return _factory_of(_AsyncGeneratorContextManager, func)


# --- small managers ----------------------------------------------------------

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block.

    Code like this:

        with closing(<module>.open(<arguments>)) as f:
            <block>

    is equivalent to this:

        f = <module>.open(<arguments>)
        try:
            <block>
        finally:
            f.close()

    """
    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, exc_type, exc, tb):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource such as an async generator, calling its ``aclose()`` method.

    Code like this:

        async with aclosing(<module>.fetch(<arguments>)) as agen:
            <block>

    is equivalent to this:

        agen = <module>.fetch(<arguments>)
        try:
            <block>
        finally:
            await agen.aclose()

    """
    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, exc_type, exc, tb):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing.

    Used as a stand-in for a normal context manager, when a particular
    block of code is only sometimes used with a normal context manager:

    cm = optional_cm if condition else nullcontext()
    with cm:
        # Perform operation, using optional_cm if condition is True
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    # Both protocols hand out the stored value and leave exceptions alone.

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, exc_type, exc, tb):
        return None

    async def __aexit__(self, exc_type, exc, tb):
        return None


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute they replace.  Every entry pushes the
    # value it replaced, so one instance can be entered again while active.

    _sys_name = None

    def __init__(self, new_target):
        self._target = new_target
        self._replaced = []

    def __exit__(self, exc_type, exc, tb):
        setattr(sys, self._sys_name, self._replaced.pop())

    def __enter__(self):
        name = self._sys_name
        self._replaced.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file.

        # How to send help() to stderr
        with redirect_stdout(sys.stderr):
            help(dir)

        # How to write help() to a file
        with open('help.txt', 'w') as f:
            with redirect_stdout(f):
                help(pow)
    """

    _sys_name = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _sys_name = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement.

         with suppress(FileNotFoundError):
             os.remove(somefile)
         # Execution still resumes here if the file was already removed
    """

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return None
        if issubclass(exc_type, self._kinds):
            return True
        if issubclass(exc_type, BaseExceptionGroup):
            # A group is suppressed when all its leaves are; otherwise what
            # is left of it goes on in its place.
            unmatched = exc.split(self._kinds)[1]
            if unmatched is not None:
                raise unmatched
            return True
        return False

    def __enter__(self):
        return None


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._left = []     # the directory each entry left, innermost last

    def __exit__(self, exc_type, exc, tb):
        os.chdir(self._left.pop())

    def __enter__(self):
        self._left.append(os.getcwd())
        os.chdir(self.path)


# --- exit stacks -------------------------------------------------------------

def _bound_exit(cm, method):
    """The exit method `method` bound to `cm`; like a bound method, it
    keeps `cm` as its `__self__`."""
    if not callable(method):
        # The wording of a method object that cannot be made.
        raise TypeError("first argument must be callable")
    def bound(*exc_details):
        return method(cm, *exc_details)
    bound.__self__ = cm
    return bound


def _call_ignoring(callback, args, kwds):
    """A stack entry that calls `callback(*args, **kwds)` whatever the exit
    details are, and never suppresses."""
    def entry(exc_type, exc, tb):
        callback(*args, **kwds)
    entry.__wrapped__ = callback
    return entry


def _acall_ignoring(callback, args, kwds):
    async def entry(exc_type, exc, tb):
        await callback(*args, **kwds)
    entry.__wrapped__ = callback
    return entry


def _no_protocol(cm, what):
    kind = type(cm)
    return TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                     f"not support the {what} protocol")


def _relink_context(raised, previous, outer):
    """Make the chain of implicit contexts of `raised` lead to `previous`.

    A callback runs while `outer` (the exception the caller of __exit__ is
    handling) is the current one, so its exception's context chain ends at
    `outer` rather than at the exception the stack was unwinding.  The link
    to `outer` is redirected to `previous`; a chain that already reaches
    `previous`, or ends, is left as it is.
    """
    node = raised
    seen = set()        # a chain made into a loop by hand must not hang us
    while id(node) not in seen:
        seen.add(id(node))
        nxt = node.__context__
        if nxt is None or nxt is previous:
            return
        if nxt is outer:
            node.__context__ = previous
            return
        node = nxt


class _Unwinder:
    """State of one unwinding of an exit stack: the exception in flight and
    whether the callbacks suppressed what the block raised."""

    def __init__(self, exc):
        self.exc = exc
        self.from_block = exc is not None
        self.suppressed = False
        self.failed = False
        self.outer = sys.exception()

    def details(self):
        exc = self.exc
        if exc is None:
            return (None, None, None)
        return (type(exc), exc, exc.__traceback__)

    def answered(self, result):
        """A callback returned `result`."""
        if result:
            self.exc = None
            self.suppressed = True
            self.failed = False

    def raised(self, new):
        """A callback raised `new`."""
        _relink_context(new, self.exc, self.outer)
        self.exc = new
        self.failed = True

    def finish(self):
        """Raise the last callback's exception, or return what the stack's
        __exit__ returns."""
        if self.failed:
            pending = self.exc
            kept = pending.__context__
            try:
                raise pending
            except BaseException:
                # Raising here set the context to `outer`; keep ours.
                pending.__context__ = kept
                raise
        return self.from_block and self.suppressed


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        self._entries = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        heir = type(self)()
        heir._entries, self._entries = self._entries, []
        return heir

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._entries.append((True, exit))
        else:
            self._entries.append((True, _bound_exit(exit, method)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _no_protocol(cm, "context manager") from None
        value = enter(cm)
        self._entries.append((True, _bound_exit(cm, leave)))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        self._entries.append((True, _call_ignoring(callback, args, kwds)))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        run = _Unwinder(exc_details[1])
        entries = self._entries
        while entries:
            is_sync, cb = entries.pop()
            try:
                result = cb(*run.details())
            except BaseException as new:
                run.raised(new)
            else:
                run.answered(result)
        return run.finish()

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks.

    For example:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(get_connection())
                for i in range(5)]
            # All opened connections will automatically be released at the
            # end of the async with statement, even if attempts to open a
            # connection later in the list raise an exception.
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise _no_protocol(cm, "asynchronous context manager") from None
        value = await enter(cm)
        self._entries.append((False, _bound_exit(cm, leave)))
        return value

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature.

        Can suppress exceptions the same way __aexit__ method can.
        Also accepts any object with an __aexit__ method (registering a call
        to the method instead of the object itself).
        """
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._entries.append((False, exit))
        else:
            self._entries.append((False, _bound_exit(exit, method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        self._entries.append((False, _acall_ignoring(callback, args, kwds)))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        run = _Unwinder(exc_details[1])
        entries = self._entries
        while entries:
            is_sync, cb = entries.pop()
            try:
                if is_sync:
                    result = cb(*run.details())
                else:
                    result = await cb(*run.details())
            except BaseException as new:
                run.raised(new)
            else:
                run.answered(result)
        return run.finish()

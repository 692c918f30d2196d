"""How asyncio names callbacks, coroutines and futures in its reprs and logs."""

import functools
import inspect
import reprlib


def where_defined(func):
    """(filename, first line) of the Python function behind func, or None."""
    while True:
        func = inspect.unwrap(func)
        if isinstance(func, (functools.partial, functools.partialmethod)):
            func = func.func
            continue
        if inspect.isfunction(func):
            return func.__code__.co_filename, func.__code__.co_firstlineno
        return None


def call_args(args, kwargs, debug):
    """'(...)' for a call; the arguments themselves only in debug mode."""
    if not debug:
        return '()'
    shown = [reprlib.repr(a) for a in (args or ())]
    shown += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(shown) + ')'


def callback_name(func, args, kwargs=None, debug=False):
    """func's name and arguments; a partial adds its own call after."""
    tail = ''
    while isinstance(func, functools.partial):
        tail = call_args(args, kwargs, debug) + tail
        func, args, kwargs = func.func, func.args, func.keywords
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + call_args(args, kwargs, debug) + tail


def callback(func, args, debug=False):
    """callback_name plus ' at FILE:LINE' when the source is known."""
    text = callback_name(func, args, None, debug)
    place = where_defined(func)
    if place:
        text += f' at {place[0]}:{place[1]}'
    return text


def coroutine(coro):
    """'name() running at FILE:LINE' / 'name() done, defined at FILE:LINE'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def future_info(fut):
    """The words inside a future's repr: state, result or exception, callbacks."""
    words = [fut._state.lower()]
    if fut._state == 'FINISHED':
        if fut._exception is not None:
            words.append(f'exception={fut._exception!r}')
        else:
            words.append(f'result={reprlib.repr(fut._result)}')
    cbs = fut._callbacks
    if cbs:
        names = [callback(cb, ()) for cb, _ctx in cbs]
        if len(names) > 2:
            names = [names[0], f'<{len(names) - 2} more>', names[-1]]
        words.append('cb=[' + ', '.join(names) + ']')
    return words + created_at(fut)


def future_repr(fut):
    """repr() of a Future: '<Future pending cb=[...]>'."""
    return f"<{type(fut).__name__} {' '.join(future_info(fut))}>"


def task_repr(task):
    return f"<{type(task).__name__} {' '.join(task_info(task))}>"


def task_info(task):
    words = future_info(task)
    if task.cancelling() and not task.done():
        words[0] = 'cancelling'
    words.insert(1, f'name={task.get_name()!r}')
    if task._fut_waiter is not None:
        words.insert(2, f'wait_for={task._fut_waiter!r}')
    if task._coro:
        words.insert(2, f'coro=<{coroutine(task._coro)}>')
    return words


def creation_stack():
    """Debug mode: the caller's stack (innermost last, at most 10 frames),
    leaving out asyncio's own frames."""
    import sys
    import traceback
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith('<frozen asyncio'):
        frame = frame.f_back
    frames = []
    while frame is not None and len(frames) < 10:
        frames.append((frame, frame.f_lineno))
        frame = frame.f_back
    stack = traceback.StackSummary.extract(frames, lookup_lines=False)
    stack.reverse()
    return stack


def created_at(obj):
    stack = obj._source_traceback
    if stack:
        return [f'created at {stack[-1][0]}:{stack[-1][1]}']
    return []

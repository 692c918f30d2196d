"""The call graph of tasks: which coroutine frames a task is in, and which
futures await it (the awaited-by edges tasks, gather, wait, shield,
as_completed and TaskGroup record)."""

import dataclasses
import sys
import types

from . import events, futures, tasks

__all__ = ('capture_call_graph', 'format_call_graph', 'print_call_graph',
           'FrameCallGraphEntry', 'FutureCallGraph')


@dataclasses.dataclass(frozen=True, slots=True)
class FrameCallGraphEntry:
    frame: types.FrameType


@dataclasses.dataclass(frozen=True, slots=True)
class FutureCallGraph:
    future: futures.Future
    call_stack: tuple["FrameCallGraphEntry", ...]
    awaited_by: tuple["FutureCallGraph", ...]


def _require_future(fut):
    if not isinstance(fut, futures.Future):
        raise TypeError(f'{fut!r} object does not appear to be compatible with asyncio.Future')


def _trim(frames, keep):
    # keep > 0: the first `keep` entries; keep < 0: the last -keep ones.
    if keep is None or keep == 0:
        return frames
    return frames[:keep] if keep > 0 else frames[keep:]


def _parents(fut, limit):
    waiters = fut._asyncio_awaited_by
    return tuple(_suspended_graph(w, limit) for w in waiters) if waiters else ()


def _suspended_graph(fut, limit):
    """The graph of a future that is not running now: its coroutine's
    frames from the await chain, innermost first after the reversal."""
    _require_future(fut)
    get_coro = getattr(fut, 'get_coro', None)
    link = get_coro() if get_coro and limit != 0 else None
    frames = []
    while link is not None:
        if hasattr(link, 'cr_await'):
            if link.cr_frame is not None:
                frames.append(FrameCallGraphEntry(link.cr_frame))
            link = link.cr_await
        elif hasattr(link, 'ag_await'):
            frames.append(FrameCallGraphEntry(link.cr_frame))
            link = link.ag_await
        else:
            break
    parents = _parents(fut, limit)
    frames = _trim(frames, limit)
    frames.reverse()
    return FutureCallGraph(fut, tuple(frames), parents)


def _running_frames(depth):
    """The frames of the running task, from `depth` above the caller down to
    the task's outermost coroutine."""
    found = []
    frame = sys._getframe(depth + 1)
    while frame is not None:
        found.append(FrameCallGraphEntry(frame))
        outer = frame.f_back
        if (isinstance(frame.f_generator, (types.CoroutineType, types.AsyncGeneratorType))
                and outer is not None and outer.f_generator is None):
            break
        frame = outer
    return found


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """The FutureCallGraph of future (default: the current task), or None
    when there is no current task.  depth skips that many frames of the
    running task's stack; limit keeps abs(limit) entries of each stack
    (the innermost when positive), none at all when 0."""
    loop = events._get_running_loop()
    if future is None:
        if loop is None:
            raise RuntimeError('capture_call_graph() is called outside of a running '
                               'event loop and no *future* to introspect was provided')
        future = tasks.current_task(loop=loop)
        if future is None:
            return None
    elif loop is None or future is not tasks.current_task(loop=loop):
        return _suspended_graph(future, limit)
    _require_future(future)
    frames = _running_frames(depth) if limit != 0 else []
    parents = _parents(future, limit)
    frames = _trim(frames, None if limit is None else -limit)
    return FutureCallGraph(future, tuple(frames), parents)


def _frame_line(entry):
    frame = entry.frame
    owner = frame.f_generator
    if owner is None:
        kind, code = '', frame.f_code
    else:
        for prefix, kind in (('cr', 'async '), ('ag', 'async generator '), ('gi', 'generator ')):
            if hasattr(owner, prefix + '_frame'):
                frame = getattr(owner, prefix + '_frame')
                code = getattr(owner, prefix + '_code')
                break
    return (f'  |   File {frame.f_code.co_filename!r}, line {frame.f_lineno}, '
            f'in {kind}{code.co_qualname}()')


def _render(graph, lines, level):
    indent = '    ' * level
    fut = graph.future
    if isinstance(fut, tasks.Task):
        lines.append(f'{indent}* Task(name={fut.get_name()!r}, id={id(fut):#x})')
    else:
        lines.append(f'{indent}* Future(id={id(fut):#x})')
    if graph.call_stack:
        lines.append(f'{indent}  + Call stack:')
        lines.extend(indent + _frame_line(entry) for entry in graph.call_stack)
    if graph.awaited_by:
        lines.append(f'{indent}  + Awaited by:')
        for parent in graph.awaited_by:
            _render(parent, lines, level + 1)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """The call graph of future (default: the current task) as text; ''
    when there is no current task."""
    graph = capture_call_graph(future, depth=depth + 1, limit=limit)
    if graph is None:
        return ''
    lines = []
    _render(graph, lines, 0)
    return '\n'.join(lines)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Print the call graph of future (default: the current task)."""
    # (as CPython's, this passes depth on unchanged: its own frame is shown)
    print(format_call_graph(future, depth=depth, limit=limit), file=file)

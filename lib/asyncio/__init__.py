"""Asynchronous I/O: an event loop, coroutines run as tasks, and the tools
to combine them.

cipy's asyncio is written in Python on the interpreter's own suspended
frames.  It has no threads: run_in_executor() without an executor and
to_thread() run the function inline; given an executor, run_in_executor()
submits to it (a ThreadPoolExecutor refuses, as its threads cannot start).
Streams, transports, servers, datagram endpoints and pipes run on
non-blocking descriptors; a child process's exit is seen through a pidfd
(or SIGCHLD).  Not yet here: SSL.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .graph import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .unix_events import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + graph.__all__ + locks.__all__ +
           protocols.__all__ + runners.__all__ + queues.__all__ +
           streams.__all__ + subprocess.__all__ + tasks.__all__ + taskgroups.__all__ +
           threads.__all__ + timeouts.__all__ + transports.__all__ +
           unix_events.__all__)


def __getattr__(name):
    if name == 'AbstractEventLoopPolicy':
        events._warn_deprecated(f'asyncio.{name}')
        return events._AbstractEventLoopPolicy
    if name == 'DefaultEventLoopPolicy':
        events._warn_deprecated(f'asyncio.{name}')
        return unix_events._DefaultEventLoopPolicy
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')

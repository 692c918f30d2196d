"""A primitive that remembers the loop it is first used on."""

from . import events as _events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        """The running loop, which must be the one this object first saw."""
        running = _events._get_running_loop()
        bound = self._loop
        if running is bound:
            return running
        if bound is None:
            self._loop = running
            return running
        raise RuntimeError(f'{self!r} is bound to a different event loop')

"""A primitive that remembers the loop it is first used on."""


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        """The running loop, which must be the one this object first saw."""
        from .events import _get_running_loop
        running = _get_running_loop()
        bound = self._loop
        if bound is None:
            bound = self._loop = running
        if running is bound:
            return running
        raise RuntimeError(f'{self!r} is bound to a different event loop')

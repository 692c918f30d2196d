"""try/except/finally, try/except*, with and async with (see codegen.py for
the emit API).  Each construct pushes a frame block (push_fblock) whose
unwind_<kind> method emits what break/continue/return must do when they
leave it."""


class TryMixin:
    pass

# The public face of _contextvars.  A Context is a read-only mapping; being
# a C type, it is declared one to collections.abc from here.
__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _contextvars import ContextVar, Token, Context, copy_context
import _collections_abc

_collections_abc.Mapping.register(Context)

# How the constructors check what they are given.
import contextvars

def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', type(r).__name__)
    except Exception as e:
        print(label, '->', type(e).__name__, e)

CV = contextvars.ContextVar
attempt('no args', lambda: CV())
attempt('int name', lambda: CV(1))
attempt('bytes name', lambda: CV(b'x'))
attempt('None name', lambda: CV(None))
attempt('two positional', lambda: CV('a', 1))
attempt('three positional', lambda: CV('a', 1, 2))
attempt('name keyword', lambda: CV(name='a'))
attempt('default keyword', lambda: CV('a', default=1))
attempt('unknown keyword', lambda: CV('a', colour=1))
attempt('too many', lambda: CV('a', default=1, x=2))
attempt('only default', lambda: CV(default=1))
attempt('Token()', lambda: contextvars.Token())
attempt('Token(1, 2)', lambda: contextvars.Token(1, 2))
attempt('Context()', lambda: contextvars.Context())
attempt('Context(1)', lambda: contextvars.Context(1))
attempt('Context(a=1)', lambda: contextvars.Context(a=1))
attempt('MISSING type', lambda: type(contextvars.Token.MISSING)())
attempt('keys type', lambda: type(contextvars.Context().keys())())
attempt('__new__', lambda: CV.__new__(CV, 'n'))
attempt('__new__ Context', lambda: contextvars.Context.__new__(contextvars.Context))
attempt('copy_context(1)', lambda: contextvars.copy_context(1))
attempt('copy_context(x=1)', lambda: contextvars.copy_context(x=1))

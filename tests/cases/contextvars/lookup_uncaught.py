# An unset variable without a default raises LookupError.
import contextvars

class Shown:
    def __repr__(self):
        return 'Shown()'

v = contextvars.ContextVar('missing', default=Shown())
print(v.get())
token = v.set(Shown())
v.reset(token)
v.reset(token)

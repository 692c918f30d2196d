# ContextVar and Token are generic; Context is not.
import contextvars

print(contextvars.ContextVar[int], contextvars.Token[str])
alias = contextvars.ContextVar[list[int]]
print(alias, alias.__origin__ is contextvars.ContextVar, alias.__args__)
v = alias('typed')
print(type(v).__name__, v.name)
try:
    contextvars.Context[int]
except TypeError as e:
    print('TypeError', e)
print(contextvars.ContextVar.__class_getitem__.__doc__)
print(contextvars.Token.__class_getitem__.__doc__)
print(contextvars.ContextVar.__class_getitem__.__text_signature__)

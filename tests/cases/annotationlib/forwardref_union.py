# A ForwardRef takes part in | unions from either side.
from annotationlib import ForwardRef
r = ForwardRef('X')
print(r | int, int | r, r | None)
u = r | ForwardRef('Y')
print(u, u.__args__)
print(type(r | int).__name__)

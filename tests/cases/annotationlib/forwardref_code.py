# __forward_code__ compiles once; a star unpack is accepted.
from annotationlib import ForwardRef
r = ForwardRef('list[int]')
c = r.__forward_code__
print(c is r.__forward_code__, c is r.__code__, c.co_filename, c.co_name)
print(eval(c))
s = ForwardRef('*tuple[int, str]')
print(eval(s.__forward_code__))
print(ForwardRef('  *Ts').__forward_code__.co_names)

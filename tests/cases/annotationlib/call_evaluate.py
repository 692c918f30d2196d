# call_evaluate_function with the lazy values of type aliases and type parameters.
from annotationlib import call_evaluate_function, Format
type Alias = list[Undefined]
print(call_evaluate_function(Alias.evaluate_value, Format.STRING))
print(call_evaluate_function(Alias.evaluate_value, Format.FORWARDREF))
try:
    call_evaluate_function(Alias.evaluate_value, Format.VALUE)
except NameError as e:
    print("NameError", e)
type Fine = dict[str, int]
print(call_evaluate_function(Fine.evaluate_value, Format.VALUE))
print(call_evaluate_function(Fine.evaluate_value, Format.STRING))
def g[T: Missing, *Ts, **P](): pass
T = g.__type_params__[0]
print(call_evaluate_function(T.evaluate_bound, Format.STRING))
print(call_evaluate_function(T.evaluate_bound, Format.FORWARDREF))
class K[U: (int, Missing2) = Other]: pass
U = K.__type_params__[0]
print(call_evaluate_function(U.evaluate_constraints, Format.STRING))
print(call_evaluate_function(U.evaluate_default, Format.STRING))
print(call_evaluate_function(U.evaluate_default, Format.FORWARDREF))

# TypeAliasType.evaluate_value
from typing import TypeAliasType
A = TypeAliasType('A', list[int])
print(A.evaluate_value, A.evaluate_value(1), A.evaluate_value(4))
type B = dict[str, 'X']
print(B.evaluate_value.__name__, B.evaluate_value(1), B.__value__, B.evaluate_value(1))
try: B.evaluate_value(3)
except NotImplementedError: print('NotImplementedError')
print(B.evaluate_value is B.evaluate_value)

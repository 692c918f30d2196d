# DICT_UPDATE ({**a}), DICT_MERGE (f(**a)), LIST_EXTEND, SET_UPDATE, CALL_FUNCTION_EX.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b})
print({"w": 0, **a, "y": 5})

def f(**kw):
    return kw

print(f(**a, **{"q": 9}))
try:
    f(**a, **{"x": 3})
except TypeError as e:
    print(e)
print([*a, *b], {*a, *b} == {"x", "y", "z"}, (*a,))

# The TypeError of DICT_UPDATE for a non-mapping in a dict display.
a = {"x": 1}
for bad in ([1, 2], 5, "ab", None):
    try:
        {**a, **bad}
    except TypeError as e:
        print(e)

# stringprep's functions given a string that is not one character, or no string.
import stringprep
for n in ['a1', 'b1', 'c11', 'c12', 'c11_c12', 'c21', 'c22', 'c21_c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'd1', 'd2']:
    f = getattr(stringprep, 'in_table_' + n)
    for a in ['ab', '', 5]:
        try:
            print(n, repr(a), f(a))
        except TypeError as e:
            print(n, repr(a), e)
for n in ['b2', 'b3']:
    f = getattr(stringprep, 'map_table_' + n)
    for a in ['ab', '', 5]:
        try:
            print(n, repr(a), repr(f(a)))
        except TypeError as e:
            print(n, repr(a), e)

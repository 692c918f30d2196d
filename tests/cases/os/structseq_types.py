# The result types of os built from Python, and what they refuse.
import os

print(os.terminal_size((1, 2)), os.terminal_size([3, 4]).lines)
print(os.stat_result(range(10)).st_ino, os.stat_result(tuple(range(10)), {'st_blksize': 512}).st_blksize)
for t, arg in [(os.terminal_size, (1,)), (os.terminal_size, (1, 2, 3)), (os.uname_result, 'abc'),
               (os.times_result, 5), (os.stat_result, range(20))]:
    try:
        t(arg)
    except TypeError as e:
        print(t.__name__, e)
ts = os.terminal_size((80, 25))
print(ts._replace(lines=1) if hasattr(ts, '_replace') else ts.__replace__(lines=1))
print(os.times_result.__match_args__, os.uname_result.n_sequence_fields, os.terminal_size.n_fields)

# The wait status helpers on hand-made statuses.
import os

for status in (0, 1 << 8, 255 << 8, 9, 15, 0x7f, 0x137f, 0xffff, 0x89, -1, 2**31 - 1):
    row = [os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
           os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status)]
    try:
        code = os.waitstatus_to_exitcode(status)
    except ValueError as e:
        code = 'ValueError: %s' % e
    print(status, row, code)
for bad in ('x', 2**31, 1.5):
    try:
        os.waitstatus_to_exitcode(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(os.WIFEXITED(status=0), os.waitstatus_to_exitcode(status=256))

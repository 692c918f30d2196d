# filemode for every type and the special bits, in C and in the Python fallback.
import stat

modes = [0o040755, 0o100644, 0o100000, 0o120777, 0o020620, 0o060660, 0o010600, 0o140777, 0o104755,
         0o104644, 0o102755, 0o102745, 0o041777, 0o041776, 0o107777, 0o100111, 0o7777, 0o170777, 0]
for m in modes:
    print(oct(m), stat.filemode(m))
print(stat._filemode_table[0])

# dis.Bytecode: iteration, repr, info(), dis(), first_line, current_offset
import dis


def target(a, b):
    if a > b:
        return a - b
    try:
        return a // b
    except ZeroDivisionError:
        return 0


bc = dis.Bytecode(target)
print(repr(bc).split(" at ")[0])
print(bc.first_line == target.__code__.co_firstlineno, bc.codeobj is target.__code__)
print(bc.exception_entries)
for ins in bc:
    print(ins.offset, ins.opname, ins.label, ins.starts_line, ins.line_number)
print(bc.info())
print(bc.dis())
moved = dis.Bytecode(target, first_line=1000, current_offset=10)
print(moved.dis())
print(dis.Bytecode(target.__code__, show_offsets=True, show_caches=True).dis())
print(dis.Bytecode(target, show_positions=True).dis())

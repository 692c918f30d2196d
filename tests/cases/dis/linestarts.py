# findlinestarts, findlabels, co_lines and co_positions
import dis


def lines(n):
    total = 0
    while n:
        n -= 1
        if n % 2:
            total += n
        else:
            continue
    try:
        pass
    finally:
        total = -total
    return total


code = lines.__code__
print(list(dis.findlinestarts(code)))
print(dis.findlabels(code.co_code))
print(list(code.co_lines()))
print(list(code.co_positions()))
print(len(list(code.co_positions())) * 2 == len(code.co_code))
print(code._varname_from_oparg(0), code._varname_from_oparg(1))

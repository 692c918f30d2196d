# EXTENDED_ARG prefixes, start_offset and long jumps
import dis


def big(x):
    a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    for i in a:
        if i == 1: x += 1.5
        if i == 2: x += 2.5
        if i == 3: x += 3.5
        if i == 4: x += 4.5
        if i == 5: x += 5.5
        if i == 6: x += 6.5
        if i == 7: x += 7.5
        if i == 8: x += 8.5
        if i == 9: x += 9.5
        if i == 10: x += 10.5
        if i == 11: x += 11.5
        if i == 12: x += 12.5
        if i == 13: x += 13.5
        if i == 14: x += 14.5
        if i == 15: x += 15.5
        if i == 16: x += 16.5
        if i == 17: x += 17.5
        if i == 18: x += 18.5
        if i == 19: x += 19.5
    return x


dis.dis(big, show_offsets=True)
for ins in dis.get_instructions(big):
    if ins.opname == "EXTENDED_ARG" or ins.start_offset != ins.offset:
        print(ins.opname, ins.arg, ins.offset, ins.start_offset, ins.argval)

# get_instructions: every field and property of Instruction
import dis


def sample(seq, flag=None):
    out = []
    for item in seq:
        if item is flag or item in out:
            break
        out.append(item.real)
    else:
        return None
    return out


for ins in dis.get_instructions(sample):
    print(repr(ins))
    print("  ", ins.oparg, ins.baseopcode, ins.baseopname, ins.cache_offset,
          ins.end_offset, ins.jump_target, ins.is_jump_target)
    print(str(ins), end="")
first = next(dis.get_instructions(sample))
print(first._fields)
print(first == first, hash(first) == hash(tuple(first)))
print(dis.Instruction.make("NOP", None, None, "", 0, 0, False, None))
print(dis.Positions(), dis.Positions(1, 2, 3, 4))
print([i.line_number for i in dis.get_instructions(sample, first_line=100)])
print(dis.Instruction.__doc__)

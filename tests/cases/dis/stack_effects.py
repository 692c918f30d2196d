# dis.stack_effect and the opcode lists dis re-exports
import dis

for name in ("LOAD_CONST", "POP_TOP", "BUILD_LIST", "CALL", "FOR_ITER", "SETUP_FINALLY",
             "JUMP", "LOAD_CLOSURE", "STORE_FAST_MAYBE_NULL", "BINARY_OP", "NOP"):
    op = dis.opmap[name]
    results = []
    for args in ((), (0,), (3,), (3, True), (3, False)):
        try:
            if len(args) == 2:
                results.append(dis.stack_effect(op, args[0], jump=args[1]))
            else:
                results.append(dis.stack_effect(op, *args))
        except ValueError as e:
            results.append(str(e))
    print(name, op, results)
for op in (3, 300, -1):
    try:
        dis.stack_effect(op)
    except ValueError as e:
        print(op, e)
print(dis.hasarg == dis.opcode.hasarg if hasattr(dis, "opcode") else None)
print(dis.cmp_op, dis.hascompare, dis.hasjrel, dis.hasjabs, dis.hasexc)
print(dis.COMPILER_FLAG_NAMES)
print(dis.FUNCTION_ATTR_FLAGS)
print(sorted(dis.__all__))
print([dis.pretty_flags(f) for f in (0, 1, 3, 0x23, 1 << 30, 0x4000000 | 1 << 29)])
print(dis.opname[dis.EXTENDED_ARG], dis.HAVE_ARGUMENT, len(dis.opname))
print(sorted(dis.deoptmap.items())[:10])

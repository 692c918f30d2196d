"""Operands of the wrong type for every opcode that takes stack operands.

For each opcode (and a few of its opargs) one file runs one protected block
per (operand position, value): the compiler's usual operands with the one at
that position replaced by a value from PALETTE.  Each block's exception-table
entry catches whatever the instruction raises, so one file runs them all;
whatever an instruction produces is handed to a probe (repr, str, hash, len,
iteration, every attribute), since a bad operand can also break the object
made from it.

    wrong_types.py OUTDIR                 the suite's files
    wrong_types.py OUTDIR --sweep N [S]   N files of one random block each (all
                                          positions random, a random kind of
                                          frame; seed S)
    wrong_types.py OUTDIR --chains N [S]  N files of random straight-line
                                          programs (instructions applied to
                                          whatever the stack holds)

The last two are for longer searches run by hand, under the sanitizer build.
"""
import dis
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from asm import Asm, Label, writer  # noqa: E402


def _code_const(src, name):
    for c in compile(src, "helpers.py", "exec").co_consts:
        if hasattr(c, "co_code") and c.co_name == name:
            return c
    raise LookupError(name)


FUNC = _code_const("def func(*args, **kwargs): return args\n", "func")
GEN = _code_const("def gen():\n    x = yield 1\n    return x\n", "gen")
CORO = _code_const("async def coro(): return 1\n", "coro")
AGEN = _code_const("async def agen():\n    yield 1\n", "agen")
INNER = _code_const("def outer():\n    x = 1\n    def inner(a, b=2, *, k=3):\n        return a, b, k, x\n"
                    "    return inner\n", "outer").co_consts
INNER = [c for c in INNER if hasattr(c, "co_code")][0]
ODD = _code_const('''
def odd():
    class Odd:
        __name__ = __qualname__ = __all__ = __match_args__ = 5
        def __len__(self): return -1
        def __index__(self): return 2**100
        def __hash__(self): return 2**100
        def __iter__(self): return 5
        def __eq__(self, other): raise KeyError(other)
        def __format__(self, spec): return 5
        def __repr__(self): return 5
        def __bool__(self): return 5
        def __getattr__(self, name): return 5
        def __call__(self, *args, **kwargs): return self
    return Odd()
''', "odd")
PROBE = _code_const('''
def probe(x):
    import sys
    for f in (repr, str, hash, len, bool, list, dir, type, callable):
        try:
            f(x)
        except BaseException:
            pass
    try:
        names = dir(x)
    except BaseException:
        names = ()
    for n in names:
        try:
            repr(getattr(x, n))
        except BaseException:
            pass
    for args in ((), (1,)):
        try:
            repr(x(*args))
        except BaseException:
            pass
    for args in ((), (x,)):
        try:
            repr(type(x)(*args))
        except BaseException:
            pass
    for f in (sys.exc_info, sys.exception):
        try:
            repr(f())
        except BaseException:
            pass
    try:
        raise KeyError(1)
    except KeyError as e:
        c = e
        for _ in range(10):
            c = c.__context__
            repr(c)
''', "probe")


def call0(a, fn_snippet):
    fn_snippet(a)
    a.op("PUSH_NULL").op("CALL", 0)


def name(n):
    return lambda a: a.op("LOAD_GLOBAL", a.name(n) << 1)


def const(v):
    return lambda a: a.load(v)


def func(code):
    return lambda a: a.load(code).op("MAKE_FUNCTION")


def instance(fn_snippet, *args):
    def push(a):
        fn_snippet(a)
        a.op("PUSH_NULL")
        for arg in args:
            PALETTE[arg](a)
        a.op("CALL", len(args))
    return push


# Values, each pushed by a snippet that leaves exactly one item on the stack.
PALETTE = {
    "none": const(None),
    "true": const(True),
    "int": const(7),
    "zero": const(0),
    "neg": const(-1),
    "big": const(2**100),
    "float": const(1.5),
    "complex": const(1j),
    "str": const("abc"),
    "spec": const(">6"),
    "empty_str": const(""),
    "bytes": const(b"xy"),
    "tuple": const((1, "a")),
    "tuple_str": const(("a", "b")),
    "empty_tuple": const(()),
    "frozenset": const(frozenset({1, 2})),
    "ellipsis": const(...),
    "code": const(FUNC),
    "slice": const(slice(1, 2)),
    # mutable constants: marshal has them, the compiler never writes them
    "list_const": const([1, "a"]),
    "dict_const": const({"a": 1}),
    "set_const": const({1, 2}),
    "list": lambda a: a.op("BUILD_LIST", 0),
    "list2": lambda a: a.load(1).load(2).op("BUILD_LIST", 2),
    "dict": lambda a: a.op("BUILD_MAP", 0),
    "dict_str": lambda a: a.load("a").load(1).op("BUILD_MAP", 1),
    "set": lambda a: a.op("BUILD_SET", 0),
    "null": lambda a: a.op("PUSH_NULL"),
    "type_int": name("int"),
    "object": name("object"),
    "type": name("type"),
    "super": name("super"),
    "exc_type": name("ValueError"),
    "stopiter_type": name("StopIteration"),
    "eg_type": name("ExceptionGroup"),
    "builtin": name("len"),
    "func": func(FUNC),
    "inner": func(INNER),
    "odd": instance(func(ODD)),
    "gen": instance(func(GEN)),
    "coro": instance(func(CORO)),
    "agen": instance(func(AGEN)),
    "exc": instance(name("ValueError"), "int"),
    "stopiter": instance(name("StopIteration"), "int"),
    "eg": lambda a: instance(name("ExceptionGroup"), "str", "excs")(a),
    "excs": lambda a: (PALETTE["exc"](a), a.op("BUILD_LIST", 1)),
    "module": lambda a: a.load(0).load(None).op("IMPORT_NAME", a.name("sys")),
    "iter": lambda a: (PALETTE["list2"](a), a.op("GET_ITER")),
    "method": lambda a: a.load("abc").op("LOAD_ATTR", a.name("upper") << 1),
    "typevar": lambda a: a.load("T").op("CALL_INTRINSIC_1", 7),
    "interp": lambda a: a.load(1).load("x").op("BUILD_INTERPOLATION", 0),
    "template": lambda a: a.load(("a", "b")).op("BUILD_TUPLE", 0).op("BUILD_TUPLE", 0)
                           .op("POP_TOP").op("POP_TOP").op("POP_TOP").load(("a",)).load(())
                           .op("BUILD_TEMPLATE"),
}
VALUES = sorted(PALETTE)


def J():
    """A jump's oparg: to the instruction after it (both ways agree)."""
    return "next"


# (opcode, opargs, usual operands bottom to top: a list, or a function of
# the oparg giving one).  Opcodes whose oparg reaches further down the
# stack than their operands (LIST_APPEND 3) are given such opargs too.
OPS = [
    ("POP_TOP", [0], ["int"]),
    ("END_FOR", [0], ["int"]),
    ("POP_ITER", [0], ["iter"]),
    ("COPY", [1, 2], ["int", "str"]),
    ("SWAP", [2], ["int", "str"]),
    ("UNARY_NEGATIVE", [0], ["int"]),
    ("UNARY_INVERT", [0], ["int"]),
    ("UNARY_NOT", [0], ["true"]),
    ("TO_BOOL", [0], ["int"]),
    ("BINARY_OP", [0, 5, 6, 10, 13, 26], lambda o: ["list2", "int"] if o == 26 else ["int", "int"]),
    ("BINARY_SLICE", [0], ["list2", "int", "int"]),
    ("STORE_SLICE", [0], ["list2", "list2", "int", "int"]),
    ("STORE_SUBSCR", [0], ["int", "dict", "str"]),
    ("DELETE_SUBSCR", [0], ["dict_str", "str"]),
    ("COMPARE_OP", [2, 18, 88, 104], ["int", "int"]),
    ("IS_OP", [0, 1], ["int", "none"]),
    ("CONTAINS_OP", [0, 1], ["int", "list2"]),
    ("POP_JUMP_IF_FALSE", [J()], ["true"]),
    ("POP_JUMP_IF_TRUE", [J()], ["true"]),
    ("POP_JUMP_IF_NONE", [J()], ["none"]),
    ("POP_JUMP_IF_NOT_NONE", [J()], ["none"]),
    ("GET_ITER", [0], ["list2"]),
    ("GET_LEN", [0], ["list2"]),
    ("FOR_ITER", [J()], ["iter"]),
    ("BUILD_TUPLE", [2], ["int", "str"]),
    ("BUILD_LIST", [2], ["int", "str"]),
    ("BUILD_SET", [2], ["int", "str"]),
    ("BUILD_MAP", [1], ["str", "int"]),
    ("BUILD_SLICE", [2, 3], lambda o: ["int"] * o),
    ("BUILD_STRING", [2], ["str", "str"]),
    ("LIST_APPEND", [1, 3], ["list", "int"]),
    ("SET_ADD", [1, 3], ["set", "int"]),
    ("MAP_ADD", [1, 3], ["dict", "str", "int"]),
    ("LIST_EXTEND", [1, 3], ["list", "list2"]),
    ("SET_UPDATE", [1, 3], ["set", "list2"]),
    ("DICT_UPDATE", [1, 3], ["dict", "dict_str"]),
    ("DICT_MERGE", [1, 4], ["builtin", "null", "empty_tuple", "dict", "dict_str"]),
    ("UNPACK_SEQUENCE", [1, 2], lambda o: ["list2"] if o == 2 else ["tuple_str"]),
    ("UNPACK_EX", [1, 0x101], ["tuple"]),
    ("CONVERT_VALUE", [1, 2, 3], ["int"]),
    ("FORMAT_SIMPLE", [0], ["int"]),
    ("FORMAT_WITH_SPEC", [0], ["int", "spec"]),
    ("MAKE_FUNCTION", [0], ["code"]),
    ("SET_FUNCTION_ATTRIBUTE", [1, 2, 4, 8, 16],
     lambda o: [{1: "tuple", 2: "dict_str", 4: "tuple_str", 8: "cells", 16: "none"}[o],
                "inner"]),
    ("CALL_INTRINSIC_1", list(range(1, 12)),
     lambda o: [{2: "module", 3: "exc", 6: "list2", 7: "str", 8: "str", 9: "str", 10: "typevar",
                 11: "tuple"}.get(o, "int")]),
    ("CALL_INTRINSIC_2", [1, 2, 3, 4, 5],
     lambda o: {1: ["eg", "list"], 2: ["str", "func"], 3: ["str", "func"], 4: ["func", "empty_tuple"],
                5: ["typevar", "func"]}[o]),
    ("CHECK_EG_MATCH", [0], ["eg", "exc_type"]),
    ("CHECK_EXC_MATCH", [0], ["exc", "exc_type"]),
    ("CALL", [0, 1, 2], lambda o: ["func", "null"] + ["int"] * o),
    ("CALL_KW", [1, 2], lambda o: ["func", "null"] + ["int"] * o + ["kw1" if o == 1 else "tuple_str"]),
    ("CALL_FUNCTION_EX", [0], ["func", "null", "tuple", "dict_str"]),
    ("IMPORT_NAME", ["sys", "os.path"], ["zero", "none"]),
    ("IMPORT_FROM", ["path", "nosuch"], ["module"]),
    ("RAISE_VARARGS", [1, 2], lambda o: ["exc"] if o == 1 else ["exc", "none"]),
    ("RERAISE", [0, 1], lambda o: ["exc"] if o == 0 else ["int", "exc"]),
    ("PUSH_EXC_INFO", [0], ["exc"]),
    ("POP_EXCEPT", [0], ["none"]),
    ("WITH_EXCEPT_START", [0], ["func", "null", "int", "none", "exc"]),
    ("LOAD_SPECIAL", [0, 1, 2, 3], ["object"]),
    ("LOAD_ATTR", [("real", 0), ("real", 1), ("__class__", 1)], ["int"]),
    ("STORE_ATTR", ["attr"], ["int", "func"]),
    ("DELETE_ATTR", ["attr"], ["func"]),
    ("LOAD_SUPER_ATTR", [("real", 0), ("real", 1), ("real", 2), ("real", 3)], ["super", "type_int", "int"]),
    ("STORE_NAME", ["v"], ["int"]),
    ("STORE_GLOBAL", ["v"], ["int"]),
    ("LOAD_FROM_DICT_OR_GLOBALS", ["len"], ["dict"]),
    ("GET_YIELD_FROM_ITER", [0], ["list2"]),
    ("SEND", [J()], ["gen", "none"]),
    ("END_SEND", [0], ["int", "int"]),
    ("CLEANUP_THROW", [0], ["int", "int", "stopiter"]),
    ("GET_AWAITABLE", [0, 1, 2], ["coro"]),
    ("GET_AITER", [0], ["agen"]),
    ("GET_ANEXT", [0], ["agen"]),
    ("END_ASYNC_FOR", ["back"], ["int", "exc"]),
    ("BUILD_INTERPOLATION", [2, 3, 6, 15], lambda o: ["int", "str"] + (["spec"] if o & 1 else [])),
    ("BUILD_TEMPLATE", [0], ["tuple_str", "interps"]),
    ("MATCH_MAPPING", [0], ["dict"]),
    ("MATCH_SEQUENCE", [0], ["list2"]),
    ("MATCH_KEYS", [0], ["dict_str", "tuple_str"]),
    ("MATCH_CLASS", [0, 1, 2], ["int", "type_int", "empty_tuple"]),
    ("EXIT_INIT_CHECK", [0], ["none"]),
    ("STORE_FAST", [0], ["int"]),
    ("LOAD_FROM_DICT_OR_DEREF", [1], ["dict"]),
]
# operands only some opcodes use, kept out of the values tried everywhere
PALETTE["kw1"] = const(("a",))
PALETTE["cells"] = lambda a: (a.op("LOAD_FAST", 1), a.op("BUILD_TUPLE", 1))
PALETTE["interps"] = lambda a: (PALETTE["interp"](a), a.op("BUILD_TUPLE", 1))


def operands(ops, arg):
    return ops(arg) if callable(ops) else list(ops)


def emit_op(a, opname, arg, back):
    """The instruction under test; returns its net stack effect."""
    if arg == "next":
        nxt = Label()
        a.op(opname, nxt)
        a.label(nxt)
        arg = 0
    elif arg == "back":
        a.op(opname, back)
        arg = 0
    elif isinstance(arg, tuple):
        n, low = arg
        shift = 2 if opname == "LOAD_SUPER_ATTR" else 1
        arg = (a.name(n) << shift) | low
        a.op(opname, arg)
    elif isinstance(arg, str):
        arg = a.name(arg)
        a.op(opname, arg)
    else:
        a.op(opname, arg)
    return dis.stack_effect(dis.opmap[opname], arg, jump=False)


# Instructions only a generator or coroutine frame runs (chains only).
GEN_OPS = [
    ("YIELD_VALUE", [0], ["int"]),
    ("YIELD_VALUE", [1], ["gen", "int"]),
]
FRAMES = ("module", "function", "class", "generator", "coroutine")
CO_OPTIMIZED, CO_NEWLOCALS, CO_GENERATOR, CO_COROUTINE = 0x1, 0x2, 0x20, 0x80
DRIVE = _code_const('''
def drive(c):
    try:
        while True:
            c.send(None)
    except BaseException:
        pass
''', "drive")


def probe_top(a):
    """probe(<top of the stack>), which is popped."""
    a.op("LOAD_GLOBAL", a.name("probe") << 1).op("SWAP", 2).op("PUSH_NULL").op("SWAP", 2)
    a.op("CALL", 1).op("POP_TOP")


def block(a, steps):
    """One protected block: run the steps (("push", value) or ("op", opname,
    arg)), then probe and drop what they leave."""
    start, end, handler, nxt = Label(), Label(), Label(), Label()
    a.label(start)
    depth = 0
    for step in steps:
        if step[0] == "push":
            PALETTE[step[1]](a)
            depth += 1
        else:
            depth += emit_op(a, step[1], step[2], start)
    for _ in range(depth):
        probe_top(a)
    a.label(end)
    a.op("JUMP_FORWARD", nxt)
    a.label(handler)
    a.op("POP_TOP")
    a.label(nxt)
    a.protect(start, end, handler, 0)


def single(opname, arg, values):
    """The steps of a block testing one instruction on the given operands."""
    return [("push", v) for v in values] + [("op", opname, arg)]


def frame_code(kind, blocks):
    """The code running the blocks in a frame of the given kind (a module
    defines the probe first, and ends with an uncaught exception, whose
    traceback and context are printed)."""
    a = Asm()
    a.op("MAKE_CELL", 1)
    if kind in ("generator", "coroutine"):
        a.op("RETURN_GENERATOR").op("POP_TOP")
    a.op("RESUME")
    if kind == "module":
        a.load(PROBE).op("MAKE_FUNCTION").op("STORE_NAME", a.name("probe"))
    for steps in blocks:
        block(a, steps)
    # the end was reached: every block ran
    a.op("LOAD_GLOBAL", (a.name("print") << 1) | 1).load("%d blocks done" % len(blocks)).op("CALL", 1).op("POP_TOP")
    if kind == "module":
        raise_end(a)
    else:
        a.load(None).op("RETURN_VALUE")
    flags = {"module": 0, "class": 0, "function": CO_OPTIMIZED | CO_NEWLOCALS,
             "generator": CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR,
             "coroutine": CO_OPTIMIZED | CO_NEWLOCALS | CO_COROUTINE}[kind]
    name = "<module>" if kind == "module" else kind
    return a.code(stacksize=64, varnames=("v0",), cellvars=("c0",), flags=flags, name=name)


def raise_end(a):
    a.op("LOAD_GLOBAL", (a.name("RuntimeError") << 1) | 1).load("end").op("CALL", 1).op("RAISE_VARARGS", 1)


def module(blocks, kind="module"):
    """A module running the blocks in a frame of the given kind."""
    inner = frame_code(kind, blocks)
    if kind == "module":
        return inner
    a = Asm()
    a.op("RESUME").load(PROBE).op("MAKE_FUNCTION").op("STORE_NAME", a.name("probe"))
    make = lambda: a.load(inner).op("MAKE_FUNCTION")  # noqa: E731
    if kind == "function":
        make().op("PUSH_NULL").op("CALL", 0)
    elif kind == "class":
        a.op("LOAD_BUILD_CLASS").op("PUSH_NULL")
        make().load("C").op("CALL", 2)
    elif kind == "generator":
        a.op("LOAD_NAME", a.name("list")).op("PUSH_NULL")
        make().op("PUSH_NULL").op("CALL", 0).op("CALL", 1)
    else:
        a.load(DRIVE).op("MAKE_FUNCTION").op("PUSH_NULL")
        make().op("PUSH_NULL").op("CALL", 0).op("CALL", 1)
    a.op("POP_TOP")
    raise_end(a)
    return a.code(stacksize=16)


def arg_label(arg):
    return "%s_%s" % arg if isinstance(arg, tuple) else str(arg)


def suite(write):
    for opname, args, ops in OPS:
        for arg in args:
            usual = operands(ops, arg)
            blocks = [single(opname, arg, usual)]
            for pos in range(len(usual)):
                for v in VALUES:
                    if v != usual[pos]:
                        blocks.append(single(opname, arg, usual[:pos] + [v] + usual[pos + 1:]))
            write("%s-%s" % (opname.lower(), arg_label(arg)), module(blocks))
    # every instruction on its usual operands, in each kind of frame
    for kind in FRAMES:
        ops = OPS + (GEN_OPS if kind in ("generator", "coroutine") else [])
        write("frame-%s" % kind, module([single(op, arg, operands(o, arg)) for op, args, o in ops for arg in args],
                                        kind))


def random_steps(rng, kind):
    """A random straight-line program: values pushed and instructions run
    on whatever the stack holds, never reading below the block's start."""
    ops = OPS + (GEN_OPS if kind in ("generator", "coroutine") else [])
    steps, depth = [], 0
    for _ in range(rng.randint(1, 10)):
        opname, args, o = rng.choice(ops)
        arg = rng.choice(args)
        n = len(operands(o, arg))
        if depth < n or (depth < 10 and rng.random() < 0.4):
            steps.append(("push", rng.choice(VALUES)))
            depth += 1
            continue
        steps.append(("op", opname, arg))
        depth += n_effect(opname, arg)
    return steps


def n_effect(opname, arg):
    return emit_op(Asm(), opname, arg, Label())


def sweep(write, count, seed):
    """Random operands for one instruction per file, in random frames."""
    rng = random.Random(seed)
    for k in range(count):
        opname, args, ops = rng.choice(OPS)
        arg = rng.choice(args)
        values = [rng.choice(VALUES) for _ in operands(ops, arg)]
        kind = rng.choice(FRAMES)
        write("sweep%05d-%s-%s-%s" % (k, kind, opname.lower(), arg_label(arg)),
              module([single(opname, arg, values)], kind))


def chains(write, count, seed):
    """Random programs (see random_steps), a few blocks per file."""
    rng = random.Random(seed)
    for k in range(count):
        kind = rng.choice(FRAMES)
        write("chain%05d-%s" % (k, kind), module([random_steps(rng, kind) for _ in range(4)], kind))


if __name__ == "__main__":
    write = writer(sys.argv[1])
    if len(sys.argv) > 2:
        mode = {"--sweep": sweep, "--chains": chains}[sys.argv[2]]
        mode(write, int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    else:
        suite(write)

"""Instructions given operands the compiler never gives them: constants,
opargs and stack items of the wrong type or out of range, stack shapes and
exception states of the wrong kind.  One file per shape; each must be
refused by the loader, raise SystemError (or an ordinary exception), or run.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from asm import Asm, Label, writer  # noqa: E402

write = writer(sys.argv[1])

CO_OPTIMIZED, CO_NEWLOCALS, CO_GENERATOR, CO_COROUTINE = 0x1, 0x2, 0x20, 0x80
FUNC_FLAGS = CO_OPTIMIZED | CO_NEWLOCALS


def code_const(src, name):
    for c in compile(src, "helpers.py", "exec").co_consts:
        if hasattr(c, "co_code") and c.co_name == name:
            return c
    raise LookupError(name)


FBASE = code_const("def f(): pass\n", "f")
DRIVE = code_const('''
def drive(g):
    # uncaught: the traceback shows the exception's cause and context
    if hasattr(g, "send"):
        g.send(None)
    else:
        g.asend(None).send(None)
''', "drive")
SHOW = code_const('''
def show(x):
    """repr(x) and each public attribute of x, whatever fails."""
    for name in ["", *dir(x)]:
        if name.startswith("_") and name not in ("__name__", "__type_params__", "__value__", "__module__",
                                                 "__bound__", "__constraints__", "__default__"):
            continue
        try:
            print(name or "repr", repr(getattr(x, name) if name else x))
        except BaseException as e:
            print(name or "repr", type(e).__name__)
''', "show")


def call_show(a, push_value):
    """show(<value>)"""
    a.load(SHOW).op("MAKE_FUNCTION").op("PUSH_NULL")
    push_value(a)
    a.op("CALL", 1).op("POP_TOP")


def ret_none(a):
    a.load(None).op("RETURN_VALUE")
    return a


def call_print(a, push_value):
    """print(<value>)"""
    a.op("LOAD_NAME", a.name("print")).op("PUSH_NULL")
    push_value(a)
    a.op("CALL", 1).op("POP_TOP")


def module(body, **kw):
    """A module running body(a) after RESUME, then returning None."""
    a = Asm()
    a.op("RESUME")
    body(a)
    return ret_none(a).code(**kw)


def function(body, argcount=0, varnames=(), freevars=(), cellvars=(), flags=FUNC_FLAGS, name="f"):
    a = Asm()
    body(a)
    return a.code(name=name, flags=flags, argcount=argcount, varnames=varnames, freevars=freevars,
                  cellvars=cellvars, base=FBASE, stacksize=16)


def run_function(code, nargs=0, attrs=(), print_result=True):
    """A module that makes a function of code (attrs: (flag, value) pairs for
    SET_FUNCTION_ATTRIBUTE), calls it with nargs small ints and prints the
    result."""
    def body(a):
        if print_result:
            a.op("LOAD_NAME", a.name("print")).op("PUSH_NULL")
        for flag, value in attrs:
            a.load(value)
        a.load(code).op("MAKE_FUNCTION")
        for flag, value in reversed(attrs):
            a.op("SET_FUNCTION_ATTRIBUTE", flag)
        a.op("PUSH_NULL")
        for i in range(nargs):
            a.load(i)
        a.op("CALL", nargs)
        if print_result:
            a.op("CALL", 1)
        a.op("POP_TOP")
    return module(body)


# ---- the four crashes first reported -----------------------------------------

for label, spec in [("float", 2.5), ("int", 3), ("bytes", b">5"), ("none", None), ("tuple", (">5",))]:
    for vlabel, value in [("int", 3), ("str", "x")]:
        write("format-spec-%s-value-%s" % (label, vlabel),
              module(lambda a: call_print(a, lambda a: a.load(value).load(spec).op("FORMAT_WITH_SPEC"))))

for label, keys in [("float", 2.5), ("int", 7), ("bigint", 2**100), ("str", "ab"), ("none", None),
                    ("frozenset", frozenset({"a"}))]:
    def body(a):
        a.load("a").load(1).op("BUILD_MAP", 1).load(keys).op("MATCH_KEYS")
        for _ in range(3):
            a.op("POP_TOP")
    write("match-keys-%s" % label, module(body))
write("match-keys-list", module(lambda a: (a.op("BUILD_MAP", 0).load("a").op("BUILD_LIST", 1).op("MATCH_KEYS"),
                                           a.op("POP_TOP").op("POP_TOP").op("POP_TOP"))))

for label, push_names in [("float", lambda a: a.load(2.5)), ("bigint", lambda a: a.load(2**100)),
                          ("class", lambda a: a.op("LOAD_NAME", a.name("int"))),
                          ("int-items", lambda a: a.load((1, 2))),
                          ("list", lambda a: a.load("real").op("BUILD_LIST", 1)),
                          ("str", lambda a: a.load("real"))]:
    for nargs in (0, 1):
        def body(a):
            a.load(5).op("LOAD_NAME", a.name("int"))
            push_names(a)
            a.op("MATCH_CLASS", nargs).op("POP_TOP")
        write("match-class-names-%s-%d" % (label, nargs), module(body))

for label, push in [("float", lambda a: a.load(2.5)), ("tuple", lambda a: a.load((1, 2))),
                    ("dict", lambda a: a.op("BUILD_MAP", 0)), ("none", lambda a: a.load(None)),
                    ("str", lambda a: a.load("abc"))]:
    write("list-to-tuple-%s" % label, module(lambda a: call_print(a, lambda a: (push(a), a.op("CALL_INTRINSIC_1", 6)))))

# ---- template strings ---------------------------------------------------------------


for label, strings, interps in [
        ("int-strings", (1, 2), lambda a: (a.load(1).load("x").op("BUILD_INTERPOLATION", 2), a.op("BUILD_TUPLE", 1))),
        ("int-interps", ("a", "b"), lambda a: a.load((5,))),
        ("list-interps", ("a", "b"), lambda a: (a.load(5).op("BUILD_LIST", 1))),
        ("short-strings", ("a",), lambda a: a.load((5,))),
        ("str-strings", "ab", lambda a: a.load(()))]:
    write("template-%s" % label, module(lambda a: call_show(a, lambda a: (
        a.load(strings), interps(a), a.op("BUILD_TEMPLATE")))))
# an Interpolation whose expression and format spec are not str
write("interpolation-odd-parts", module(lambda a: call_show(
    a, lambda a: a.load(1).load(2.5).load(b"spec").op("BUILD_INTERPOLATION", 3))))

# ---- names without a locals mapping (function frames) ---------------------------------

for op, pre in [("DELETE_NAME", ()), ("LOAD_NAME", ()), ("STORE_NAME", (1,))]:
    def fbody(a):
        a.op("RESUME")
        for v in pre:
            a.load(v)
        a.op(op, a.name("x"))
        if op == "LOAD_NAME":
            a.op("POP_TOP")
        ret_none(a)
    write("no-locals-%s" % op.lower(), run_function(function(fbody)))
write("no-locals-setup-annotations", run_function(function(lambda a: ret_none(a.op("RESUME").op("SETUP_ANNOTATIONS")))))
write("no-locals-load-locals", run_function(function(lambda a: a.op("RESUME").op("LOAD_LOCALS").op("RETURN_VALUE"))))
# from m import * (INTRINSIC_IMPORT_STAR) in a function: the function's caller
# then shows whether a name leaked into the globals
write("no-locals-import-star", module(lambda a: (
    a.load(function(lambda f: ret_none(f.op("RESUME").load(0).load(("*",)).op("IMPORT_NAME", f.name("sys"))
                                        .op("CALL_INTRINSIC_1", 2).op("POP_TOP")))).op("MAKE_FUNCTION")
    .op("STORE_NAME", a.name("f")),
    a.op("LOAD_NAME", a.name("f")).op("PUSH_NULL").op("CALL", 0).op("POP_TOP"),
    call_print(a, lambda a: a.op("LOAD_NAME", a.name("argv"))))))

# ---- the exception being handled ----------------------------------------------------------


def with_raise_after(a):
    """Raises and prints what the new exception sees as its context."""
    a.op("LOAD_NAME", a.name("print")).op("PUSH_NULL")
    a.op("LOAD_NAME", a.name("sys")).op("LOAD_ATTR", (a.name("exception") << 1) | 1).op("CALL", 0)
    a.op("CALL", 1).op("POP_TOP")
    a.op("LOAD_NAME", a.name("KeyError")).op("PUSH_NULL").load(1).op("CALL", 1).op("RAISE_VARARGS", 1)


def import_sys(a):
    a.load(0).load(None).op("IMPORT_NAME", a.name("sys")).op("STORE_NAME", a.name("sys"))


for label, value in [("int", 7), ("none", None), ("str", "x"), ("class", "ValueError")]:
    def body(a):
        import_sys(a)
        if value == "ValueError":
            a.op("LOAD_NAME", a.name("ValueError"))
        else:
            a.load(value)
        a.op("PUSH_EXC_INFO")
        with_raise_after(a)
    write("push-exc-info-%s" % label, module(body))

for label, value in [("int", 7), ("str", "x"), ("class", None)]:
    def body(a):
        import_sys(a)
        # a real handler's PUSH_EXC_INFO, then POP_EXCEPT restoring a non-exception
        start, end, handler = Label(), Label(), Label()
        a.label(start)
        a.op("LOAD_NAME", a.name("ValueError")).op("PUSH_NULL").op("CALL", 0).op("RAISE_VARARGS", 1)
        a.label(end)
        a.label(handler)
        a.op("PUSH_EXC_INFO").op("POP_TOP").op("POP_TOP")
        if value is None:
            a.op("LOAD_NAME", a.name("ValueError"))
        else:
            a.load(value)
        a.op("POP_EXCEPT")
        with_raise_after(a)
        a.protect(start, end, handler, 0)
    write("pop-except-%s" % label, module(body))

for op, depth in [("CLEANUP_THROW", 3), ("END_ASYNC_FOR", 2)]:
    for label, value in [("int", 7), ("class", None), ("str", "x")]:
        def body(a):
            back = a.label()
            for _ in range(depth - 1):
                a.load(1)
            if value is None:
                a.op("LOAD_NAME", a.name("StopIteration"))
            else:
                a.load(value)
            a.op(op, back) if op == "END_ASYNC_FOR" else a.op(op)
            for _ in range(2 if op == "CLEANUP_THROW" else 0):
                a.op("POP_TOP")
        write("%s-%s" % (op.lower().replace("_", "-"), label), module(body))

# RERAISE's lasti item: out of range or not an int; and an oparg reaching
# below the stack
for label, lasti in [("negative", -1), ("huge", 10**6), ("bigint", 2**100), ("str", "x"), ("none", None)]:
    def body(a):
        start, end, handler, outer = Label(), Label(), Label(), Label()
        a.label(start)
        a.op("LOAD_NAME", a.name("ValueError")).op("PUSH_NULL").op("CALL", 0).op("RAISE_VARARGS", 1)
        a.label(end)
        a.label(handler)  # stack: lasti, exc
        a.op("SWAP", 2).op("POP_TOP").load(lasti).op("SWAP", 2).op("RERAISE", 1)
        after = a.label()
        a.label(outer)  # the re-raised exception, caught again: stack lasti, exc
        a.op("POP_TOP").op("POP_TOP")
        a.op("LOAD_NAME", a.name("ValueError")).op("PUSH_NULL").op("CALL", 0).op("RAISE_VARARGS", 1)
        a.protect(start, end, handler, 0, lasti=True)
        a.protect(handler, after, outer, 0, lasti=True)
    write("reraise-lasti-%s" % label, module(body))
write("reraise-oparg-below-stack", module(lambda a: (
    a.op("LOAD_NAME", a.name("ValueError")).op("PUSH_NULL").op("CALL", 0).op("RERAISE", 5))))

# ---- opargs the verifier refuses --------------------------------------------------------

# an oparg above INT32_MAX (four EXTENDED_ARG bytes) would turn negative
write("oparg-huge-reraise", module(lambda a: (
    a.op("LOAD_NAME", a.name("ValueError")).op("PUSH_NULL").op("CALL", 0).op("RERAISE", 0xFFFFFFFF))))
write("oparg-huge-list-append", module(lambda a: a.op("BUILD_LIST", 0).load(1).op("LIST_APPEND", 0xFFFFFFFF)
                                       .op("POP_TOP")))
write("oparg-huge-unpack-ex", module(lambda a: a.load((1, 2)).op("UNPACK_EX", 0x80000000)))
write("oparg-huge-load-small-int", module(lambda a: a.op("LOAD_SMALL_INT", 0xFFFFFFFF).op("POP_TOP")))
# a container oparg of 0 names the item itself
for op, items in [("LIST_APPEND", 1), ("SET_ADD", 1), ("MAP_ADD", 2), ("LIST_EXTEND", 1), ("SET_UPDATE", 1),
                  ("DICT_UPDATE", 1), ("DICT_MERGE", 1)]:
    def body(a):
        a.op("BUILD_LIST", 0).op("BUILD_MAP", 0)
        for _ in range(items - 1):
            a.load(1)
        a.op(op, 0)
        a.op("POP_TOP").op("POP_TOP")
    write("oparg-zero-%s" % op.lower().replace("_", "-"), module(body))
for arg in (16, 0x7FFC):
    write("build-interpolation-conversion-%d" % arg, module(lambda a: call_print(
        a, lambda a: a.load(1).load("x").op("BUILD_INTERPOLATION", arg))))
write("get-awaitable-oparg-3", module(lambda a: a.load(1).op("GET_AWAITABLE", 3).op("POP_TOP")))

# ---- imports ------------------------------------------------------------------------------

for label, level, fromlist in [("level-float", 0.0, None), ("level-bigint", 2**100, None), ("level-negative", -1, None),
                               ("level-str", "0", None), ("fromlist-int", 0, 5), ("fromlist-ints", 0, (1, 2)),
                               ("fromlist-str", 0, "path")]:
    write("import-name-%s" % label, module(lambda a: call_print(
        a, lambda a: a.load(level).load(fromlist).op("IMPORT_NAME", a.name("sys")))))
ODD_NAME = code_const('''
def odd():
    class NamedOddly:
        __name__ = 5
        __file__ = 2.5
    return NamedOddly()
''', "odd")
for label, push in [("odd-name", lambda a: (a.load(ODD_NAME).op("MAKE_FUNCTION").op("PUSH_NULL").op("CALL", 0))),
                    ("int", lambda a: a.load(5)), ("class", lambda a: a.op("LOAD_NAME", a.name("int"))),
                    ("null", lambda a: a.op("PUSH_NULL"))]:
    write("import-from-%s" % label, module(lambda a: (push(a), a.op("IMPORT_FROM", a.name("nosuch")),
                                                         a.op("POP_TOP").op("POP_TOP"))))

# ---- generators: RETURN_GENERATOR and YIELD_VALUE where they do not belong -----------------

write("return-generator-module", module(lambda a: a.op("RETURN_GENERATOR").op("POP_TOP")))
write("yield-value-module", module(lambda a: a.load(1).op("YIELD_VALUE", 0).op("POP_TOP")))
# not the generator prologue: the generator is made from a running frame
late = function(lambda a: a.op("RESUME").load(1).op("POP_TOP").op("RETURN_GENERATOR").op("POP_TOP")
                .op("RESUME").load(5).op("YIELD_VALUE", 0).op("RESUME").op("POP_TOP").load(None).op("RETURN_VALUE"),
                flags=FUNC_FLAGS | CO_GENERATOR)
write("return-generator-late", run_function(late))
write("return-generator-late-list", module(lambda a: call_print(a, lambda a: (
    a.op("LOAD_NAME", a.name("list")).op("PUSH_NULL").load(late).op("MAKE_FUNCTION").op("PUSH_NULL").op("CALL", 0)
    .op("CALL", 1)))))
twice = function(lambda a: a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME").op("RETURN_GENERATOR").op("POP_TOP")
                 .load(None).op("RETURN_VALUE"), flags=FUNC_FLAGS | CO_GENERATOR)
write("return-generator-twice", module(lambda a: call_print(a, lambda a: (
    a.op("LOAD_NAME", a.name("list")).op("PUSH_NULL").load(twice).op("MAKE_FUNCTION").op("PUSH_NULL").op("CALL", 0)
    .op("CALL", 1)))))
# RETURN_GENERATOR in a function that is not flagged as a generator, and in __init__
plain = function(lambda a: a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME").load(None).op("RETURN_VALUE"))
write("return-generator-unflagged", run_function(plain))
INIT_CLASS = code_const('''
def make(init):
    class C:
        pass
    C.__init__ = init
    return C
''', "make")
init = function(lambda a: a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME").load(None).op("RETURN_VALUE"),
                argcount=1, varnames=("self",), flags=FUNC_FLAGS | CO_GENERATOR, name="__init__")
init_late = function(lambda a: a.op("RESUME").load(1).op("POP_TOP").op("RETURN_GENERATOR").op("POP_TOP")
                     .load(None).op("RETURN_VALUE"), argcount=1, varnames=("self",), name="__init__")
for label, code in [("init", init), ("init-late", init_late)]:
    write("return-generator-%s" % label, module(lambda a: call_print(a, lambda a: (
        a.load(INIT_CLASS).op("MAKE_FUNCTION").op("PUSH_NULL").load(code).op("MAKE_FUNCTION").op("CALL", 1)
        .op("PUSH_NULL").op("CALL", 0)))))
# a class body that returns a generator
body_gen = function(lambda a: a.op("RESUME").load(1).op("POP_TOP").op("RETURN_GENERATOR").op("POP_TOP")
                    .load(None).op("RETURN_VALUE"), flags=0, name="C")
write("return-generator-class-body", module(lambda a: call_print(a, lambda a: (
    a.op("LOAD_BUILD_CLASS").op("PUSH_NULL").load(body_gen).op("MAKE_FUNCTION").load("C").op("CALL", 2)))))

# YIELD_VALUE 1 (a delegating yield) whose receiver is not an iterator: the
# generator's gi_yieldfrom, throw() and close() reach it
for label, receiver in [("int", 5), ("str", "x"), ("none", None), ("null", "NULL")]:
    gen = function(lambda a: (a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME"),
                              a.op("PUSH_NULL") if receiver == "NULL" else a.load(receiver),
                              a.load(7).op("YIELD_VALUE", 1).op("RESUME").op("POP_TOP").op("POP_TOP"),
                              a.load(None).op("RETURN_VALUE")), flags=FUNC_FLAGS | CO_GENERATOR)
    driver = code_const('''
def drive(g):
    print(next(g))
    print(g.gi_yieldfrom)
    try:
        g.throw(KeyError(1))
    except BaseException as e:
        print(type(e).__name__, e)
    g.close()
''', "drive")
    write("yield-from-receiver-%s" % label, module(lambda a: (
        a.load(driver).op("MAKE_FUNCTION").op("PUSH_NULL").load(gen).op("MAKE_FUNCTION").op("PUSH_NULL").op("CALL", 0)
        .op("CALL", 1).op("POP_TOP"))))
    # the same receiver at a coroutine's await (gen.close() first)
    coro = function(lambda a: (a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME"),
                               a.op("PUSH_NULL") if receiver == "NULL" else a.load(receiver),
                               a.load(7).op("YIELD_VALUE", 1).op("RESUME").op("POP_TOP").op("POP_TOP"),
                               a.load(None).op("RETURN_VALUE")), flags=FUNC_FLAGS | CO_COROUTINE)
    cdriver = code_const('''
def drive(c):
    print(c.send(None))
    print(c.cr_await)
    c.close()
''', "drive")
    write("await-receiver-%s" % label, module(lambda a: (
        a.load(cdriver).op("MAKE_FUNCTION").op("PUSH_NULL").load(coro).op("MAKE_FUNCTION").op("PUSH_NULL")
        .op("CALL", 0).op("CALL", 1).op("POP_TOP"))))

# ---- closures and cells ------------------------------------------------------------------------

READ_FREE = function(lambda a: a.op("COPY_FREE_VARS", 1).op("RESUME").op("LOAD_DEREF", 0).op("RETURN_VALUE"),
                     freevars=("x",))
GEN_FREE = function(lambda a: a.op("COPY_FREE_VARS", 1).op("RETURN_GENERATOR").op("POP_TOP").op("RESUME")
                    .op("LOAD_DEREF", 0).op("YIELD_VALUE", 0).op("RESUME").op("POP_TOP").load(None)
                    .op("RETURN_VALUE"), freevars=("x",), flags=FUNC_FLAGS | CO_GENERATOR)
for label, closure in [("empty", ()), ("ints", (1, 2)), ("none", (None,)), ("long", (1, 2, 3, 4))]:
    write("closure-%s" % label, run_function(READ_FREE, attrs=[(8, closure)]))
    write("closure-%s-generator" % label, module(lambda a: call_print(a, lambda a: (
        a.op("LOAD_NAME", a.name("list")).op("PUSH_NULL").load(closure).load(GEN_FREE).op("MAKE_FUNCTION")
        .op("SET_FUNCTION_ATTRIBUTE", 8).op("PUSH_NULL").op("CALL", 0).op("CALL", 1)))))
# a class body with a closure that is not cells
CLASS_FREE = function(lambda a: a.op("COPY_FREE_VARS", 1).op("RESUME").op("LOAD_DEREF", 0).op("STORE_NAME", a.name("y"))
                      .load(None).op("RETURN_VALUE"), freevars=("x",), flags=0, name="C")
write("closure-ints-class-body", module(lambda a: call_print(a, lambda a: (
    a.op("LOAD_BUILD_CLASS").op("PUSH_NULL").load((1,)).load(CLASS_FREE).op("MAKE_FUNCTION")
    .op("SET_FUNCTION_ATTRIBUTE", 8).load("C").op("CALL", 2)))))
# MAKE_CELL of a free variable, and deref instructions on a slot holding no cell
write("make-cell-free-slot", run_function(
    function(lambda a: a.op("COPY_FREE_VARS", 1).op("MAKE_CELL", 0).op("RESUME").op("LOAD_DEREF", 0)
             .op("RETURN_VALUE"), freevars=("x",)), attrs=[(8, (5,))]))
for op, pre in [("LOAD_DEREF", ()), ("STORE_DEREF", (1,)), ("DELETE_DEREF", ()), ("LOAD_FROM_DICT_OR_DEREF", ("map",))]:
    def fbody(a):
        a.op("MAKE_CELL", 0).op("RESUME").load(5).op("STORE_FAST", 0)
        for v in pre:
            a.op("BUILD_MAP", 0) if v == "map" else a.load(v)
        a.op(op, 0)
        if op in ("LOAD_DEREF", "LOAD_FROM_DICT_OR_DEREF"):
            a.op("POP_TOP")
        ret_none(a)
    write("no-cell-%s" % op.lower().replace("_", "-"), run_function(function(fbody, cellvars=("c",))))

# ---- function attributes of odd shapes -----------------------------------------------------------

KWONLY = code_const("def f(a, *, k):\n    return a, k\n", "f")
write("kwdefaults-int-keys", run_function(KWONLY, nargs=1, attrs=[(2, {1: 2, "k": 3})]))
ANNOTATED = code_const("def f(a, b):\n    return a\n", "f")
for label, value in [("odd-length", ("a", 1, "b")), ("int-keys", (1, 2, [], 3)), ("empty", ())]:
    write("annotations-%s" % label, module(lambda a: call_print(a, lambda a: (
        a.load(value).load(ANNOTATED).op("MAKE_FUNCTION").op("SET_FUNCTION_ATTRIBUTE", 4)
        .op("LOAD_ATTR", a.name("__annotations__") << 1)))))
for label, value in [("int", 5), ("str", "x")]:
    write("annotate-%s" % label, module(lambda a: call_print(a, lambda a: (
        a.load(value).load(ANNOTATED).op("MAKE_FUNCTION").op("SET_FUNCTION_ATTRIBUTE", 16)
        .op("LOAD_ATTR", a.name("__annotations__") << 1)))))
for label, value in [("int", 5), ("list", "LIST")]:
    write("type-params-%s" % label, module(lambda a: call_print(a, lambda a: (
        a.load(ANNOTATED).op("MAKE_FUNCTION"), a.op("BUILD_LIST", 0) if value == "LIST" else a.load(value),
        a.op("CALL_INTRINSIC_2", 4).op("LOAD_ATTR", a.name("__type_params__") << 1)))))
for label, parts in [("int-name", (5, None, None)), ("int-params", ("A", 5, None)), ("str-value", ("A", (), "v")),
                     ("short", ("A",))]:
    write("type-alias-%s" % label, module(lambda a: call_show(a, lambda a: (
        a.load(parts).op("CALL_INTRINSIC_1", 11)))))
for which in (7, 8, 9):
    write("type-param-%d-int-name" % which, module(lambda a: call_show(
        a, lambda a: a.load(5).op("CALL_INTRINSIC_1", which))))
for label, push in [("bound-int", lambda a: a.load("T").load(5).op("CALL_INTRINSIC_2", 2)),
                    ("constraints-int", lambda a: a.load("T").load(5).op("CALL_INTRINSIC_2", 3)),
                    ("default-int", lambda a: a.load("T").op("CALL_INTRINSIC_1", 7).load(5).op("CALL_INTRINSIC_2", 5))]:
    write("type-param-%s" % label, module(lambda a: call_show(a, push)))

# ---- calls ------------------------------------------------------------------------------------------

for label, kwnames, nargs in [("too-many", ("a", "b", "c"), 2), ("int-item", (1,), 1), ("not-tuple", "a", 1),
                              ("list", None, 1)]:
    def body(a):
        a.op("LOAD_NAME", a.name("print")).op("PUSH_NULL")
        for i in range(nargs):
            a.load(i)
        a.load("a").op("BUILD_LIST", 1) if kwnames is None else a.load(kwnames)
        a.op("CALL_KW", nargs).op("POP_TOP")
    write("call-kw-names-%s" % label, module(body))
write("call-function-ex-int-keys", module(lambda a: (
    a.op("LOAD_NAME", a.name("print")).op("PUSH_NULL").load(()).load(1).load(2).op("BUILD_MAP", 1)
    .op("CALL_FUNCTION_EX", 0).op("POP_TOP"))))
write("match-class-many-positional", module(lambda a: (
    a.load(5).op("LOAD_NAME", a.name("int")).load(()).op("MATCH_CLASS", 1000).op("POP_TOP"))))

# ---- the exception table ----------------------------------------------------------------------------------


def table_shape(unpack, lasti):
    """UNPACK_SEQUENCE pops its operand before failing, leaving the stack
    below the handler's depth: the handler finds a placeholder there."""
    def body(a):
        start, end, handler = Label(), Label(), Label()
        a.load("below").load(5)
        a.label(start)
        a.op("UNPACK_SEQUENCE", unpack)
        a.label(end)
        for _ in range(unpack + 1):
            a.op("POP_TOP")
        ret_none(a)
        a.label(handler)  # stack: "below", placeholder, [lasti,] exc
        a.op("POP_TOP")
        if lasti:
            a.op("POP_TOP")
        a.op("LOAD_NAME", a.name("print")).op("SWAP", 2).op("PUSH_NULL").op("SWAP", 2).op("CALL", 1).op("POP_TOP")
        a.op("POP_TOP")
        a.protect(start, end, handler, 2, lasti)
    return module(body, stacksize=8)


write("handler-depth-padded", table_shape(3, False))
write("handler-depth-padded-lasti", table_shape(3, True))

# ---- nested code objects: each is verified before anything runs ------------------------------------------

BAD = function(lambda a: a.op("RESUME").op("POP_TOP").load(None).op("RETURN_VALUE"))  # pops an empty stack
holders = [("function", lambda a: a.load(BAD).op("MAKE_FUNCTION").op("POP_TOP")),
           ("in-tuple", lambda a: a.load((1, (BAD,))).op("POP_TOP")),
           ("in-frozenset", lambda a: a.load(frozenset({BAD})).op("POP_TOP")),
           ("in-slice", lambda a: a.load(slice(BAD, None)).op("POP_TOP")),
           ("unused", lambda a: a.const(BAD))]
for label, use in holders:
    write("nested-bad-code-%s" % label, module(use))
# a bad code object two levels down (a function inside a class body)
write("nested-bad-code-deep", module(lambda a: a.load(function(lambda b: ret_none(b.op("RESUME").load(BAD).op("POP_TOP")),
                                                                     flags=0, name="C")).op("POP_TOP")))

# ---- intrinsics given a class where an instance belongs ---------------------------------------------------

# INTRINSIC_STOPITERATION_ERROR chains what it is given as the cause of a RuntimeError
for label, flags in [("generator", FUNC_FLAGS | CO_GENERATOR), ("coroutine", FUNC_FLAGS | CO_COROUTINE),
                     ("async-generator", FUNC_FLAGS | 0x200)]:
    for cls in ("StopIteration", "StopAsyncIteration", "int"):
        body = function(lambda a: a.op("RETURN_GENERATOR").op("POP_TOP").op("RESUME")
                        .op("LOAD_GLOBAL", a.name(cls) << 1).op("CALL_INTRINSIC_1", 3).op("RAISE_VARARGS", 1),
                        flags=flags)
        write("stopiteration-error-%s-%s" % (label, cls), module(lambda a: (
            a.load(DRIVE).op("MAKE_FUNCTION").op("PUSH_NULL").load(body).op("MAKE_FUNCTION").op("PUSH_NULL")
            .op("CALL", 0).op("CALL", 1).op("POP_TOP"))))

# ---- built-in types without a constructor (found by the chains of wrong_types.py) -------------------------

for label, push in [("code", lambda a: a.load(FBASE)), ("function", lambda a: a.load(FBASE).op("MAKE_FUNCTION")),
                    ("list-iterator", lambda a: a.op("BUILD_LIST", 0).op("GET_ITER")),
                    ("generator", lambda a: a.load(twice).op("MAKE_FUNCTION").op("PUSH_NULL").op("CALL", 0))]:
    write("instantiate-%s" % label, module(lambda a: call_show(a, lambda a: (
        push(a), a.op("LOAD_ATTR", a.name("__class__") << 1).op("PUSH_NULL").op("CALL", 0)))))

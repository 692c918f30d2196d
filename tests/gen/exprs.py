"""Writes random expressions over the built-in types as differential cases.

    tools/python3.14 tests/gen/exprs.py OUTDIR

writes OUTDIR/exprs_<seed>.py for each seed in SEEDS.  Each file evaluates
its expressions one by one, each inside try/except, and prints the repr of
the result or the type and message of the exception; tests/run.py runs the
files under CPython 3.14 and under cipy and compares the outputs like any
other case (test names gen/exprs_<seed>).

The seeds are fixed, so the files are the same from run to run.  The
operands of **, << and * are chosen so that no expression computes
anything large; an expression is kept only when CPython evaluates it to
something of modest size (the generator runs each candidate once to find
out, never to learn what it should print).  Whether one is kept must not
depend on time or memory, or a file would change from run to run.
"""
import os
import random
import resource
import sys
import warnings

SEEDS = (1, 2, 3, 4, 5, 6, 7, 8)
PER_FILE = 600
MAX_REPR = 1500

# ---------------------------------------------------------------- values

LEAVES = {
    "int": ["0", "1", "-1", "2", "3", "7", "-13", "42", "255", "256", "1000",
            "2**63", "-2**64", "10**20", "True", "False"],
    "float": ["0.0", "-0.0", "0.5", "1.5", "-2.25", "3.0", "0.1", "1e16",
              "1e300", "-1e-300", "2.5e-05", "float('inf')", "-float('inf')",
              "float('nan')", "123456.789", "-7.0"],
    "complex": ["1j", "(1+2j)", "(-0.5j)", "(3-4j)", "complex(0, 0)",
                "complex(1.5, -2)", "(1e300+1e300j)"],
    "str": ["''", "'a'", "'abc'", "'Hello, World'", "'a,b,,c'", "'  pad  '",
            "'\u00c4\u00d6\u00fc stra\u00dfe'", "'\u20acuro'", "'\\U0001f600x'",
            "'123'", "'-4.5'", "'x\\ty\\nz'", "'CamelCase'", "'\ufb01'",
            "'\u0130'", "'\u00df'", "'0x1f'", "' 42 '", "'{}-{}'", "'%s'",
            "'ab\\x00c'", "'one two  three'", "'\u0663\u0664'", "'A_b-C'"],
    "bytes": ["b''", "b'abc'", "b'\\x00\\xff'", "b'a,b'", "b' hi '", "b'Hello'",
              "b'123'", "b'x\\ty'"],
    "bytearray": ["bytearray(b'xyz')", "bytearray()", "bytearray(b'a b')"],
    "list": ["[]", "[1, 2, 3]", "['b', 'a']", "[3, 1, 2]", "[1, 'a', None]",
             "[[1], [2, 3]]", "[0.5, -1, True]", "[2, 2, 1]"],
    "tuple": ["()", "(1,)", "(1, 2)", "('a', 1)", "(3, (4, 5))", "(None, 2.5)",
              "(1, 1, 2)"],
    "dict": ["{}", "{'a': 1}", "{1: 2, 3: 4}", "{'x': [1], 'y': None}",
             "{(1, 2): 'p'}"],
    "set": ["set()", "{1, 2}", "{'a', 'b', 'c'}", "{1, 2.5, (3,)}"],
    "frozenset": ["frozenset()", "frozenset({1, 2})", "frozenset('abc')"],
    "range": ["range(5)", "range(1, 10, 3)", "range(10, 0, -2)", "range(0)",
              "range(-3, 3)"],
    "none": ["None"],
    "slice": ["slice(1, 3)", "slice(None, None, -1)", "slice(1, None, 2)",
              "slice(-2, None)"],
}
TYPES = list(LEAVES)
NUMBERS = ["int", "float", "complex"]
# Right operands that keep ** and << small, and the int side of *.
EXPONENTS = ["0", "1", "2", "3", "-1", "-2", "0.5", "2.0", "1j", "'a'", "None", "7"]
SHIFTS = ["0", "1", "3", "8", "64", "-1", "100", "1.0"]
FACTORS = ["0", "1", "2", "3", "-1", "5", "2**63", "True", "1.5", "'ab'", "[0]"]
SMALL_INTS = ["0", "1", "2", "3", "-1", "-2", "5", "8", "12", "20"]

# Methods by type: name, then argument kinds ('?' marks optional ones).
# Kinds are value types, or: any, small (a small int), sep (a separator),
# enc (an encoding), errs (an error handler), spec (a format spec).
STR_METHODS = """capitalize casefold center:small,?str count:str,?small,?small
encode:?enc,?errs endswith:str,?small expandtabs:?small find:str,?small,?small
format:?any,?any index:str isalnum isalpha isascii isdecimal isdigit
isidentifier islower isnumeric isprintable isspace istitle isupper join:any
ljust:small,?str lower lstrip:?str partition:sep removeprefix:str
removesuffix:str replace:str,str,?small rfind:str rindex:str rjust:small,?str
rpartition:sep rsplit:?sep,?small rstrip:?str split:?sep,?small
splitlines:?bool startswith:str,?small strip:?str swapcase title
translate:dict upper zfill:small __contains__:str __getitem__:int
__mul__:small __mod__:any""".split()
BYTES_METHODS = """capitalize center:small,?bytes count:bytes decode:?enc,?errs
endswith:bytes expandtabs:?small find:bytes,?small hex:?sep index:bytes
isalnum isalpha isascii isdigit islower isspace istitle isupper join:list
ljust:small,?bytes lower lstrip:?bytes partition:bytes removeprefix:bytes
removesuffix:bytes replace:bytes,bytes rfind:bytes rjust:small rsplit:?bytes
rstrip:?bytes split:?bytes,?small splitlines:?bool startswith:bytes
strip:?bytes swapcase title upper zfill:small __getitem__:int
__mod__:any""".split()
BYTEARRAY_METHODS = BYTES_METHODS + """append:small extend:any pop:?int
remove:small reverse clear insert:small,small copy""".split()
INT_METHODS = """bit_length bit_count to_bytes:?small,?order as_integer_ratio
conjugate is_integer __round__:?int __format__:spec __trunc__ __floor__
__ceil__ __abs__ __neg__ __invert__ __index__""".split()
FLOAT_METHODS = """is_integer as_integer_ratio hex conjugate __round__:?int
__format__:spec __trunc__ __floor__ __ceil__ __abs__""".split()
COMPLEX_METHODS = "conjugate __format__:spec __abs__".split()
LIST_METHODS = """index:any count:any copy append:any extend:any pop:?int
insert:int,any remove:any reverse sort clear __getitem__:any
__contains__:any __mul__:small""".split()
TUPLE_METHODS = "index:any count:any __getitem__:any __contains__:any __add__:tuple".split()
DICT_METHODS = """get:any,?any keys values items pop:any,?any setdefault:any,?any
update:any copy clear popitem fromkeys:any,?any __getitem__:any
__contains__:any __or__:any""".split()
SET_METHODS = """union:any intersection:any difference:any
symmetric_difference:any issubset:any issuperset:any isdisjoint:any add:any
discard:any remove:any pop copy clear __contains__:any __or__:any
__and__:any __sub__:any __xor__:any""".split()
FROZENSET_METHODS = """union:any intersection:any difference:any
symmetric_difference:any issubset:any isdisjoint:any copy __contains__:any""".split()
RANGE_METHODS = "index:any count:any __getitem__:any __contains__:any __reversed__ __len__".split()
SLICE_METHODS = "indices:small".split()
METHODS = {
    "str": STR_METHODS, "bytes": BYTES_METHODS, "bytearray": BYTEARRAY_METHODS,
    "int": INT_METHODS, "float": FLOAT_METHODS, "complex": COMPLEX_METHODS,
    "list": LIST_METHODS, "tuple": TUPLE_METHODS, "dict": DICT_METHODS,
    "set": SET_METHODS, "frozenset": FROZENSET_METHODS, "range": RANGE_METHODS,
    "slice": SLICE_METHODS,
}
# Methods that change their object: called through mut() to show both.
MUTATORS = set("""append extend pop remove reverse clear insert sort update
setdefault popitem add discard""".split())
ATTRS = {
    "int": ["real", "imag", "numerator", "denominator"],
    "float": ["real", "imag"],
    "complex": ["real", "imag"],
    "range": ["start", "stop", "step"],
    "slice": ["start", "stop", "step"],
}
ENCODINGS = ["'utf-8'", "'ascii'", "'latin-1'", "'utf-16'", "'utf-16-le'", "'cp1252'", "'nope'"]
ERRORS = ["'strict'", "'ignore'", "'replace'", "'backslashreplace'", "'xmlcharrefreplace'"]
SEPS = ["','", "' '", "'b'", "'-'", "''", "'ab'", "None"]

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
CMPOPS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"]
UNOPS = ["-", "+", "~", "not "]

BUILTINS_1 = """abs len hash repr ascii int float complex str bool bytes
bytearray list tuple set frozenset sorted sum any all chr ord bin hex oct
min max reversed enumerate iter type round divmod pow format isinstance zip
dict callable""".split()

PERCENT_DIRECTIVES = ["%s", "%r", "%a", "%d", "%i", "%x", "%X", "%o", "%e",
                      "%E", "%f", "%F", "%g", "%G", "%c", "%5.2f", "%-6s",
                      "%+d", "%05d", "%#x", "%#o", "%.3s", "%%", "% d",
                      "%10.4e", "%-8r", "%.0f", "%u", "%*d", "%.*f", "%b",
                      "%(a)s", "%3c"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    # -- leaves and typed values
    def leaf(self, typ=None):
        return self.pick(LEAVES[typ or self.pick(TYPES)])

    def value(self, typ, depth):
        """An expression of type typ: a leaf, or now and then a leaf
        changed by an operator that keeps the type."""
        v = self.leaf(typ)
        if depth > 0 and self.r.random() < 0.2:
            if typ in ("str", "bytes", "list", "tuple"):
                v = "(%s + %s)" % (v, self.leaf(typ))
            elif typ in ("int", "float"):
                v = "(%s %s %s)" % (v, self.pick(["+", "-", "*"]), self.leaf(typ))
        return v

    def arg(self, kind, depth):
        if kind == "any":
            return self.expr(depth - 1) if depth > 0 and self.r.random() < 0.3 else self.leaf()
        if kind == "small":
            return self.pick(SMALL_INTS)
        if kind == "sep":
            return self.pick(SEPS)
        if kind == "enc":
            return self.pick(ENCODINGS)
        if kind == "errs":
            return self.pick(ERRORS)
        if kind == "order":
            return self.pick(["'big'", "'little'", "'middle'"])
        if kind == "spec":
            return repr(self.spec())
        if kind == "bool":
            return self.pick(["True", "False"])
        if self.r.random() < 0.1:  # the wrong type now and then: its TypeError
            return self.leaf()
        return self.value(kind, depth - 1)

    # -- expressions
    def expr(self, depth):
        if depth <= 0:
            return self.leaf()
        kind = self.r.choices(
            ["binop", "unary", "compare", "method", "attr", "subscript",
             "builtin", "percent", "fstring", "format", "leaf"],
            [22, 4, 10, 25, 2, 8, 16, 5, 5, 4, 3])[0]
        return getattr(self, "make_" + kind)(depth)

    def operand(self, depth):
        return self.expr(depth - 1) if self.r.random() < 0.35 else self.leaf()

    def make_leaf(self, depth):
        return self.leaf()

    def typed_operand(self, typ, depth):
        """Mostly a value of typ (or of another number type for a number),
        so that operators meet operands they accept."""
        if typ is None or self.r.random() < 0.25:
            return self.operand(depth)
        if typ in NUMBERS:
            typ = self.pick(NUMBERS)
        return self.value(typ, depth)

    def make_binop(self, depth):
        op = self.pick(BINOPS)
        typ = self.pick(TYPES + NUMBERS * 3)
        a = self.typed_operand(typ, depth)
        if op == "**":
            b = self.pick(EXPONENTS)
        elif op in ("<<", ">>"):
            b = self.pick(SHIFTS)
        elif op == "*":
            a, b = self.operand(depth), self.pick(FACTORS)
            if self.r.random() < 0.5:
                a, b = b, a
        else:
            b = self.typed_operand(typ, depth)
        return "(%s %s %s)" % (a, op, b)

    def make_unary(self, depth):
        return "(%s%s)" % (self.pick(UNOPS), self.typed_operand(self.pick(NUMBERS), depth))

    def make_compare(self, depth):
        typ = self.pick(TYPES + NUMBERS * 3)
        parts = [self.typed_operand(typ, depth)]
        for _ in range(self.pick([1, 1, 1, 2])):
            parts += [self.pick(CMPOPS), self.typed_operand(typ, depth)]
        return "(%s)" % " ".join(parts)

    def make_method(self, depth):
        typ = self.pick(list(METHODS))
        entry = self.pick(METHODS[typ]).split(":")
        name = entry[0]
        kinds = entry[1].split(",") if len(entry) > 1 else []
        args = []
        for k in kinds:
            optional = k.startswith("?")
            if optional and self.r.random() < 0.5:
                break
            args.append(self.arg(k.lstrip("?"), depth))
        recv = self.value(typ, depth)
        if name in MUTATORS:
            return "mut(%s, %r%s)" % (recv, name, "".join(", " + a for a in args))
        call = "%s.%s(%s)" % (recv, name, ", ".join(args))
        if name in ("keys", "values", "items", "__reversed__"):
            call = "list(%s)" % call
        return call

    def make_attr(self, depth):
        typ = self.pick(list(ATTRS))
        return "%s.%s" % (self.value(typ, depth), self.pick(ATTRS[typ]))

    def make_subscript(self, depth):
        typ = self.pick(["str", "bytes", "bytearray", "list", "tuple", "range", "dict"])
        seq = self.value(typ, depth)
        form = self.r.randrange(4)
        if form == 0:
            key = self.pick(["0", "1", "-1", "2", "5", "-4", "True", "'a'", "1.0", "2**63", "(1, 2)", "None"])
            return "%s[%s]" % (seq, key)
        if form == 1:
            return "%s[%s]" % (seq, self.leaf("slice"))
        bounds = [self.pick(["", "0", "1", "-1", "2", "-3", "10", "None", "2**63", "-2**64"]) for _ in range(3)]
        if form == 2:
            return "%s[%s:%s]" % (seq, bounds[0], bounds[1])
        step = self.pick(["1", "2", "-1", "-2", "3", "0", "None"])
        return "%s[%s:%s:%s]" % (seq, bounds[0], bounds[1], step)

    def make_builtin(self, depth):
        fn = self.pick(BUILTINS_1)
        a = self.operand(depth)
        if fn == "int":
            if self.r.random() < 0.3:
                return "int(%s, %s)" % (self.value("str", depth), self.pick(["0", "2", "8", "10", "16", "36", "37", "1"]))
            return "int(%s)" % a
        if fn == "round":
            if self.r.random() < 0.5:
                return "round(%s, %s)" % (a, self.pick(["0", "1", "2", "-1", "-2", "None", "20"]))
            return "round(%s)" % a
        if fn == "pow":
            if self.r.random() < 0.3:
                return "pow(%s, %s, %s)" % (a, self.pick(EXPONENTS), self.pick(["7", "-7", "1", "0", "2**63", "1.5"]))
            return "pow(%s, %s)" % (a, self.pick(EXPONENTS))
        if fn == "divmod":
            return "divmod(%s, %s)" % (a, self.operand(depth))
        if fn in ("min", "max"):
            if self.r.random() < 0.5:
                return "%s(%s, %s)" % (fn, a, self.operand(depth))
            if self.r.random() < 0.3:
                return "%s(%s, key=%s)" % (fn, a, self.pick(["len", "str", "abs", "repr"]))
            return "%s(%s)" % (fn, a)
        if fn == "sorted":
            extra = self.pick(["", ", reverse=True", ", key=str", ", key=abs", ", key=len"])
            return "sorted(%s%s)" % (a, extra)
        if fn in ("reversed", "enumerate", "iter"):
            return "list(%s(%s))" % (fn, a)
        if fn == "zip":
            return "list(zip(%s, %s))" % (a, self.operand(depth))
        if fn == "sum":
            if self.r.random() < 0.3:
                return "sum(%s, %s)" % (a, self.leaf())
            return "sum(%s)" % a
        if fn == "type":
            return "type(%s).__name__" % a
        if fn == "format":
            return "format(%s, %r)" % (a, self.spec())
        if fn == "isinstance":
            return "isinstance(%s, %s)" % (a, self.pick(["int", "str", "(int, float)", "object", "bool", "list | tuple", "3"]))
        if fn == "complex" and self.r.random() < 0.3:
            return "complex(%s, %s)" % (a, self.leaf(self.pick(["int", "float", "str"])))
        if fn == "str" and self.r.random() < 0.2:
            return "str(%s, %s)" % (self.value("bytes", depth), self.pick(ENCODINGS))
        return "%s(%s)" % (fn, a)

    def make_percent(self, depth):
        n = self.pick([1, 1, 2, 3])
        dirs = [self.pick(PERCENT_DIRECTIVES) for _ in range(n)]
        fmt = " ".join(dirs)
        if any("(a)" in d for d in dirs):
            args = "{'a': %s}" % self.operand(depth)
        else:
            want = sum(d.count("*") + 1 for d in dirs if d != "%%")
            if self.r.random() < 0.15:
                want += self.pick([-1, 1])
            vals = [self.operand(depth) if self.r.random() < 0.3 else self.leaf(self.pick(["int", "float", "str", "int", "float", "bytes", "list"])) for _ in range(max(want, 0))]
            args = vals[0] if len(vals) == 1 and self.r.random() < 0.5 else "(%s)" % "".join(v + ", " for v in vals)
        if self.r.random() < 0.15:
            return "(b%r %% %s)" % (fmt, args)
        return "(%r %% %s)" % (fmt, args)

    def spec(self):
        r = self.r
        s = ""
        if r.random() < 0.4:
            s += self.pick(["", "*", "0", " ", "\u00e9"]) + self.pick("<>^=")
        if r.random() < 0.3:
            s += self.pick("+- ")
        if r.random() < 0.05:
            s += "z"
        if r.random() < 0.15:
            s += "#"
        if r.random() < 0.15:
            s += "0"
        if r.random() < 0.5:
            s += self.pick(["1", "5", "8", "12", "20"])
        if r.random() < 0.2:
            s += self.pick([",", "_"])
        if r.random() < 0.4:
            s += "." + self.pick(["0", "1", "2", "3", "6", "12"])
        if r.random() < 0.7:
            s += self.pick("bcdeEfFgGnosxX%")
        return s

    def make_fstring(self, depth):
        a = self.operand(depth)
        conv = self.pick(["", "", "", "!r", "!s", "!a"])
        return "f'<{%s%s:%s}>'" % (a, conv, self.spec().replace("{", "").replace("}", ""))

    def make_format(self, depth):
        return "format(%s, %r)" % (self.operand(depth), self.spec())


# ---------------------------------------------------------------- filtering

def env():
    def mut(obj, name, *args):
        return getattr(obj, name)(*args), obj
    return {"mut": mut}


def acceptable(text):
    """Whether CPython evaluates text deterministically and to a result (or
    exception message) of modest size."""
    if "nan" in text and any(w in text for w in ("hash", "{", "set", "dict")):
        return False  # NaN hashes by identity: set order and hash() vary
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a SyntaxWarning would go to the runner's stderr
        try:
            code = compile(text, "<gen>", "eval")
        except (SyntaxError, ValueError, Warning):
            return False
        warnings.simplefilter("ignore")
        try:
            r = eval(code, env())
            shown = repr(r)
        except (MemoryError, RecursionError):
            return False
        except Exception as e:
            shown = str(e)
    return len(shown) <= MAX_REPR and " at 0x" not in shown


HEADER = '''\
# Written by tests/gen/exprs.py (seed %d): random expressions over the
# built-in types, each printed with its result or its exception.
def show(n, f):
    try:
        r = f()
    except Exception as e:
        print(n, type(e).__name__, e)
    else:
        print(n, repr(r))


def mut(obj, name, *args):
    return getattr(obj, name)(*args), obj


'''


def generate(seed):
    g = Gen(seed)
    lines = []
    while len(lines) < PER_FILE:
        text = g.expr(g.pick([1, 2, 2, 3]))
        if acceptable(text):
            lines.append("show(%d, lambda: %s)\n" % (len(lines), text))
    return HEADER % seed + "".join(lines)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: exprs.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # A candidate that would build something huge fails at once with
    # MemoryError (and is dropped) rather than by whether memory is free.
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.getrlimit(resource.RLIMIT_AS)[1]))
    for seed in SEEDS:
        text = generate(seed)
        path = os.path.join(out, "exprs_%d.py" % seed)
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    continue  # unchanged: keep its time stamp (and its .pyc)
        except OSError:
            pass
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

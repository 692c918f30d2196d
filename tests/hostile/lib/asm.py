"""A small assembler for CPython 3.14 bytecode, for the hostile-input
generators: instructions by name (with their inline caches and any
EXTENDED_ARG prefixes), labels for jumps and exception-table ranges, and a
.pyc writer.  The code objects it makes are built with code.replace() from a
real one, so only the fields given differ from what the compiler writes."""
import dis
import importlib.util
import marshal
import os

CACHES = dis._inline_cache_entries
JUMP_BACK = {dis.opmap[n] for n in ("JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "END_ASYNC_FOR")}
JUMPS = set(dis.hasjrel)

_BASE = compile("pass", "hostile.py", "exec")


class Label:
    """A position in the code, bound by Asm.label()."""
    pos = None


class Asm:
    def __init__(self):
        self.items = []   # (opname, arg or Label) or Label
        self.consts = []
        self.names = []
        self.handlers = []  # (start, end, target, depth, lasti)

    def const(self, value):
        """The index of value in co_consts (by identity for unhashable or
        equal-but-distinct values such as 1 and True)."""
        for i, c in enumerate(self.consts):
            if c is value or (type(c) is type(value) and _same(c, value)):
                return i
        self.consts.append(value)
        return len(self.consts) - 1

    def name(self, s):
        if s not in self.names:
            self.names.append(s)
        return self.names.index(s)

    def op(self, name, arg=0):
        self.items.append((name, arg))
        return self

    def label(self, lab=None):
        lab = lab or Label()
        self.items.append(lab)
        return lab

    def load(self, value):
        """LOAD_CONST value."""
        return self.op("LOAD_CONST", self.const(value))

    def protect(self, start, end, handler, depth, lasti=False):
        """An exception-table entry: errors in [start, end) go to handler
        with the stack cut to depth items."""
        self.handlers.append((start, end, handler, depth, lasti))

    # ---- assembling

    def _layout(self, sizes):
        pos = 0
        for k, it in enumerate(self.items):
            if isinstance(it, Label):
                it.pos = pos
            else:
                pos += sizes[k]
        return pos

    def assemble(self):
        """co_code bytes; labels get their positions (in code units)."""
        sizes = {k: 1 + CACHES.get(it[0], 0) for k, it in enumerate(self.items) if not isinstance(it, Label)}
        while True:
            self._layout(sizes)
            out, changed = [], False
            pos = 0
            for k, it in enumerate(self.items):
                if isinstance(it, Label):
                    continue
                name, arg = it
                op = dis.opmap[name]
                caches = CACHES.get(name, 0)
                if isinstance(arg, Label):
                    nprefix = sizes[k] - 1 - caches
                    after = pos + nprefix + 1 + caches
                    arg = arg.pos - after if op not in JUMP_BACK else after - arg.pos
                    if arg < 0:
                        raise ValueError("%s cannot jump that way" % name)
                arg &= 0xFFFFFFFF
                prefixes = []
                a = arg >> 8
                while a:
                    prefixes.insert(0, a & 0xFF)
                    a >>= 8
                need = len(prefixes) + 1 + caches
                if need != sizes[k]:
                    sizes[k] = max(need, sizes[k])
                    changed = True
                    break
                for p in prefixes:
                    out += [dis.opmap["EXTENDED_ARG"], p]
                out += [op, arg & 0xFF]
                out += [0, 0] * caches
                pos += need
            if not changed:
                return bytes(out)

    def exception_table(self):
        out = bytearray()

        def varint(value, msb):
            chunks = []
            while True:
                chunks.insert(0, value & 63)
                value >>= 6
                if not value:
                    break
            for i, c in enumerate(chunks):
                b = c | (64 if i < len(chunks) - 1 else 0)
                if i == 0:
                    b |= msb
                out.append(b)

        for start, end, target, depth, lasti in sorted(self.handlers, key=lambda h: h[0].pos):
            varint(start.pos, 128)
            varint(end.pos - start.pos, 0)
            varint(target.pos, 0)
            varint(depth * 2 + bool(lasti), 0)
        return bytes(out)

    def code(self, stacksize=64, name="<module>", filename="hostile.py", flags=None, varnames=(),
             cellvars=(), freevars=(), argcount=0, base=None):
        co_code = self.assemble()
        units = len(co_code) // 2
        # one line-number-only entry (line 1) per up to 8 code units
        table = bytearray()
        while units > 0:
            n = min(units, 8)
            table += bytes([0x80 | (13 << 3) | (n - 1), 0])
            units -= n
        base = base or _BASE
        kw = dict(co_code=co_code, co_consts=tuple(self.consts), co_names=tuple(self.names),
                  co_stacksize=stacksize, co_name=name, co_qualname=name, co_filename=filename,
                  co_linetable=bytes(table), co_exceptiontable=self.exception_table(),
                  co_varnames=tuple(varnames), co_cellvars=tuple(cellvars), co_freevars=tuple(freevars),
                  co_nlocals=len(varnames), co_argcount=argcount, co_firstlineno=1)
        if flags is not None:
            kw["co_flags"] = flags
        return base.replace(**kw)


def _same(a, b):
    try:
        return bool(a == b) and repr(a) == repr(b)
    except Exception:
        return False


def write_pyc(path, code):
    data = importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code)
    with open(path, "wb") as f:
        f.write(data)


def writer(out):
    """write(name, code): writes OUTDIR/name.pyc."""
    def write(name, code):
        write_pyc(os.path.join(out, name + ".pyc"), code)
    return write

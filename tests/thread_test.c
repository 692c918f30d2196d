/* Interpreters in threads: the threading contract of include/cipy.h.
 *
 * Run from the repository root (make test does):  build/thread_test [ROUNDS]
 *
 * Four threads at once each load their own copies of several scripts and, for
 * ROUNDS rounds (8 by default), create an interpreter, run every script in
 * it (in an order of their own, plus one script all threads share) and free
 * it.  Every run must print exactly what CPython 3.14 printed for that
 * script (stdout, stderr, exit status; CPython runs each once, up front).
 * Then interpreters, codes and exceptions change hands: made on one thread,
 * used on another, freed on a third.  The scripts cover classes, generators
 * and coroutines, exceptions with tracebacks, string interning, big ints,
 * dicts and sets, imports from a search path and of the registry's modules.
 *
 * Prints one line per failed check (the first few) and a closing line
 * "thread_test: N passed, M failed"; exits 1 if any check failed.  Built with
 * AddressSanitizer by `make test-sanitize` and with ThreadSanitizer by
 * `make thread-test-tsan`.
 */
#include "cipy.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define DIR "build/tests/threads"
#define LIB DIR "/lib"
#define PYTHON "tools/python3.14"
#define NTHREADS 4

/* ------------------------------------------------------------ checks */

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static int passed, failed;

static void check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
static void check(int ok, const char *what, ...) {
    pthread_mutex_lock(&report_lock);
    if (ok) {
        passed++;
    } else if (++failed <= 10) {
        va_list ap;
        va_start(ap, what);
        fputs("thread_test: FAIL: ", stdout);
        vprintf(what, ap);
        fputc('\n', stdout);
        va_end(ap);
    }
    pthread_mutex_unlock(&report_lock);
}

/* ------------------------------------------------------------ buffers */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_write(void *ctx, const char *data, size_t len) {
    Buf *b = ctx;
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + len + 1)
            cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) {
            fputs("thread_test: out of memory\n", stderr);
            exit(2);
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

static void buf_reset(Buf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static const char *buf_str(const Buf *b) { return b->data ? b->data : ""; }

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_write(&b, chunk, n);
    fclose(f);
    if (!b.data)
        buf_write(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

static int write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

/* s with every " at 0x<hex>" made " at 0x..." (a new malloc'd string; s is
 * freed; NULL stays NULL): addresses differ from one load to the next. */
static char *normalise(char *s) {
    static const char hex[] = "0123456789abcdefABCDEF";
    if (!s)
        return NULL;
    Buf b = {0};
    buf_write(&b, "", 0);
    for (const char *in = s; *in;) {
        if (strncmp(in, " at 0x", 6) == 0 && in[6] && strchr(hex, in[6])) {
            buf_write(&b, " at 0x...", 9);
            for (in += 6; *in && strchr(hex, *in); in++)
                ;
            continue;
        }
        buf_write(&b, in++, 1);
    }
    free(s);
    return b.data;
}

static int run_shell(const char *cmd) {
    int st = system(cmd);
    if (st == -1 || !WIFEXITED(st))
        return -1;
    return WEXITSTATUS(st);
}

/* ------------------------------------------------------------ scripts */

typedef struct Script {
    const char *name;
    const char *source;
} Script;

/* The scripts the threads run; each must print the same whether or not it
 * ran before in the same interpreter (modules stay imported between runs). */
static const Script scripts[] = {
    {"classes",
     "class Shape:\n"
     "    count = 0\n"
     "\n"
     "    def __init__(self, name):\n"
     "        self.name = name\n"
     "        Shape.count += 1\n"
     "\n"
     "    def area(self):\n"
     "        raise NotImplementedError\n"
     "\n"
     "    def __repr__(self):\n"
     "        return f\"{type(self).__name__}({self.name!r}, area={self.area():.2f})\"\n"
     "\n"
     "    def __lt__(self, other):\n"
     "        return self.area() < other.area()\n"
     "\n"
     "\n"
     "class Rect(Shape):\n"
     "    def __init__(self, w, h):\n"
     "        super().__init__(f\"{w}x{h}\")\n"
     "        self.w, self.h = w, h\n"
     "\n"
     "    def area(self):\n"
     "        return self.w * self.h\n"
     "\n"
     "    @property\n"
     "    def square(self):\n"
     "        return self.w == self.h\n"
     "\n"
     "\n"
     "class Circle(Shape):\n"
     "    __slots__ = (\"r\",)\n"
     "    PI = 3.141592653589793\n"
     "\n"
     "    def __init__(self, r):\n"
     "        super().__init__(f\"r={r}\")\n"
     "        self.r = r\n"
     "\n"
     "    def area(self):\n"
     "        return self.PI * self.r * self.r\n"
     "\n"
     "\n"
     "class Meta(type):\n"
     "    def __call__(cls, *args):\n"
     "        obj = super().__call__(*args)\n"
     "        obj.tag = cls.__name__.lower()\n"
     "        return obj\n"
     "\n"
     "\n"
     "class Tagged(metaclass=Meta):\n"
     "    def __init__(self, v):\n"
     "        self.v = v\n"
     "\n"
     "\n"
     "shapes = [Rect(3, 4), Circle(1.5), Rect(2, 2), Circle(0.5), Rect(10, 1)]\n"
     "print(sorted(shapes))\n"
     "print([s.square for s in shapes if isinstance(s, Rect)])\n"
     "print(Shape.count, [c.__name__ for c in Shape.__subclasses__()])\n"
     "total = 0.0\n"
     "for i in range(2000):\n"
     "    s = shapes[i % len(shapes)]\n"
     "    total += s.area()\n"
     "    if i % 500 == 0:\n"
     "        Circle.PI = 3.0 if Circle.PI > 3.1 else 3.141592653589793\n"
     "print(round(total, 3))\n"
     "t = Tagged(7)\n"
     "print(t.tag, t.v, type(t).__mro__)\n"
     "d = {}\n"
     "class Node:\n"
     "    def __init__(self, v):\n"
     "        self.v = v\n"
     "        self.next = self\n"
     "ring = [Node(i) for i in range(300)]\n"
     "for a, b in zip(ring, ring[1:]):\n"
     "    a.next = b\n"
     "del ring\n"
     "nested = [1, [2, [3]]]\n"
     "nested[1][1].append(nested)\n"
     "print(nested)\n"
     "deep = []\n"
     "for i in range(5000):\n"
     "    deep = [deep, i]\n"
     "del deep\n"
     "print(getattr(Rect(1, 2), \"square\"), hasattr(Circle(1), \"w\"))\n"
     "try:\n"
     "    Circle(2).extra = 1\n"
     "except AttributeError as e:\n"
     "    print(\"AttributeError:\", e)\n"},
    {"gens",
     "def count(n):\n"
     "    i = 0\n"
     "    while i < n:\n"
     "        yield i\n"
     "        i += 1\n"
     "\n"
     "def squares(it):\n"
     "    for x in it:\n"
     "        yield x * x\n"
     "\n"
     "def evens(it):\n"
     "    yield from (x for x in it if x % 2 == 0)\n"
     "\n"
     "print(sum(evens(squares(count(1000)))))\n"
     "\n"
     "def accumulator():\n"
     "    total = 0\n"
     "    while True:\n"
     "        v = yield total\n"
     "        if v is None:\n"
     "            return total\n"
     "        total += v\n"
     "\n"
     "acc = accumulator()\n"
     "next(acc)\n"
     "for i in range(10):\n"
     "    acc.send(i)\n"
     "try:\n"
     "    acc.send(None)\n"
     "except StopIteration as e:\n"
     "    print(\"returned\", e.value)\n"
     "\n"
     "async def fetch(i):\n"
     "    return i * 2\n"
     "\n"
     "async def gather(n):\n"
     "    out = []\n"
     "    for i in range(n):\n"
     "        out.append(await fetch(i))\n"
     "    return out\n"
     "\n"
     "c = gather(5)\n"
     "try:\n"
     "    c.send(None)\n"
     "except StopIteration as e:\n"
     "    print(\"coroutine\", e.value)\n"
     "\n"
     "async def agen(n):\n"
     "    for i in range(n):\n"
     "        yield i + 0.5\n"
     "\n"
     "async def drain():\n"
     "    return [x async for x in agen(4)]\n"
     "\n"
     "d = drain()\n"
     "try:\n"
     "    d.send(None)\n"
     "except StopIteration as e:\n"
     "    print(\"async gen\", e.value)\n"
     "\n"
     "g = (x ** 3 for x in range(6))\n"
     "print(list(g), list(g))\n"
     "def closer():\n"
     "    try:\n"
     "        yield 1\n"
     "        yield 2\n"
     "    finally:\n"
     "        print(\"closed\")\n"
     "cg = closer()\n"
     "print(next(cg))\n"
     "cg.close()\n"
     "print([list(zip(*[iter(range(9))] * 3))])\n"
     "print(list(map(lambda t: t[0] * t[1], enumerate(\"abc\", 1))))\n"},
    {"excs",
     "class AppError(Exception):\n"
     "    def __init__(self, code, msg):\n"
     "        super().__init__(msg)\n"
     "        self.code = code\n"
     "\n"
     "def parse(text):\n"
     "    return int(text)\n"
     "\n"
     "def load(items):\n"
     "    out = []\n"
     "    for it in items:\n"
     "        try:\n"
     "            out.append(parse(it))\n"
     "        except ValueError as e:\n"
     "            raise AppError(len(out), f\"bad item {it!r}\") from e\n"
     "    return out\n"
     "\n"
     "print(load([\"1\", \"2\", \"3\"]))\n"
     "try:\n"
     "    load([\"4\", \"x5\"])\n"
     "except AppError as e:\n"
     "    print(type(e).__name__, e.code, e, type(e.__cause__).__name__)\n"
     "\n"
     "def group():\n"
     "    errors = []\n"
     "    for i in range(3):\n"
     "        try:\n"
     "            [1, 2][i * 2]\n"
     "        except IndexError as e:\n"
     "            e.add_note(f\"attempt {i}\")\n"
     "            errors.append(e)\n"
     "    raise ExceptionGroup(\"several\", errors)\n"
     "\n"
     "try:\n"
     "    group()\n"
     "except* IndexError as eg:\n"
     "    print(\"caught\", len(eg.exceptions), [n for e in eg.exceptions for n in e.__notes__])\n"
     "\n"
     "def finally_order():\n"
     "    log = []\n"
     "    try:\n"
     "        try:\n"
     "            1 / 0\n"
     "        finally:\n"
     "            log.append(\"inner\")\n"
     "    except ZeroDivisionError:\n"
     "        log.append(\"handled\")\n"
     "    finally:\n"
     "        log.append(\"outer\")\n"
     "    return log\n"
     "\n"
     "print(finally_order())\n"
     "import sys\n"
     "limit = sys.getrecursionlimit()\n"
     "sys.setrecursionlimit(120)\n"
     "def down(n):\n"
     "    return down(n + 1)\n"
     "try:\n"
     "    down(0)\n"
     "except RecursionError as e:\n"
     "    print(\"recursion:\", e)\n"
     "sys.setrecursionlimit(limit)\n"
     "stack = {}\n"
     "def outer(n):\n"
     "    return inner(n - 1)\n"
     "def inner(n):\n"
     "    return stack[\"missing\" + str(n)]\n"
     "outer(3)\n"},
    {"strs",
     "import sys\n"
     "names = [sys.intern(\"attr_\" + str(i % 50)) for i in range(500)]\n"
     "print(all(names[i] is names[i + 50] for i in range(400)))\n"
     "d = int.__doc__\n"
     "name = \"int\"\n"
     "print(sys.intern(d) is d, sys.intern(\"\".join([\"in\", \"t\"])) is name)\n"
     "class Box:\n"
     "    pass\n"
     "b = Box()\n"
     "for i in range(200):\n"
     "    setattr(b, \"field_\" + str(i), i * i)\n"
     "print(sum(getattr(b, \"field_\" + str(i)) for i in range(200)))\n"
     "print(sorted(vars(b))[:5])\n"
     "s = \"\".join(chr(0x3b1 + i % 20) for i in range(100))\n"
     "print(s[:10], len(s.encode()), s.upper()[:5])\n"
     "words = (\"the quick brown fox jumps over the lazy dog \" * 40).split()\n"
     "freq = {}\n"
     "for w in words:\n"
     "    freq[w] = freq.get(w, 0) + 1\n"
     "print(sorted(freq.items()))\n"
     "print(\"|\".join(f\"{w:>6}\" for w in sorted(set(words))))\n"
     "print(\"%s=%d %.3f %r\" % (\"x\", 42, 2 / 3, \"q\\n\"))\n"
     "print(\"caf\\u00e9\".casefold(), \"Stra\\u00dfe\".upper(), \"\\u01c5\".lower(), \"x\".join(\"abc\"))\n"
     "print(repr(\"tab\\there\"), ascii(\"\\u20ac\"), str(b\"bytes\\x00\", \"latin-1\"))\n"},
    {"bigint",
     "import sys\n"
     "def fact(n):\n"
     "    r = 1\n"
     "    for i in range(2, n + 1):\n"
     "        r *= i\n"
     "    return r\n"
     "f = fact(300)\n"
     "print(len(str(f)), f % 1000003, f.bit_length())\n"
     "print(2 ** 200 - 3 ** 120, (7 ** 77) // (3 ** 50), -(10 ** 40) % 97)\n"
     "print(int(\"1\" * 200) % 999983, hex(2 ** 130 + 5))\n"
     "try:\n"
     "    str(10 ** 5000)\n"
     "except ValueError as e:\n"
     "    print(\"limit:\", str(e)[:60])\n"
     "old = sys.get_int_max_str_digits()\n"
     "sys.set_int_max_str_digits(0)\n"
     "print(len(str(10 ** 5000)))\n"
     "sys.set_int_max_str_digits(old)\n"
     "print(sys.get_int_max_str_digits())\n"
     "print(sum(i * i for i in range(1, 10 ** 4)), 1.5e300 * 1e8, float(2 ** 80), 0.1 + 0.2)\n"
     "print(divmod(-(2 ** 70), 12345), pow(3, 1000, 10 ** 9 + 7), round(2 ** 0.5, 10))\n"},
    {"colls",
     "d = {i: str(i) for i in range(1000)}\n"
     "for i in range(0, 1000, 3):\n"
     "    del d[i]\n"
     "print(len(d), sum(d), list(d.items())[:3])\n"
     "s1 = set(range(0, 300, 2))\n"
     "s2 = set(range(0, 300, 3))\n"
     "print(len(s1 & s2), len(s1 | s2), len(s1 ^ s2), min(s1 - s2))\n"
     "words = {\"pear\", \"apple\", \"fig\", \"kiwi\", \"plum\", \"date\"}\n"
     "print(words, frozenset([\"b\", \"a\"]))\n"
     "inv = {}\n"
     "for k, v in {\"a\": 1, \"b\": 2, \"c\": 1, \"d\": 3}.items():\n"
     "    inv.setdefault(v, []).append(k)\n"
     "print(inv, dict(sorted(inv.items(), reverse=True)))\n"
     "grid = [[r * c for c in range(6)] for r in range(6)]\n"
     "print(grid[5], [row[3] for row in grid], sorted(grid, key=sum, reverse=True)[0])\n"
     "t = tuple(range(10))\n"
     "print(t[::-2], t.index(7), hash((1, 2, \"x\")) == hash((1, 2, \"x\")))\n"
     "nested = {\"k\": [1, {\"m\": (2, 3)}], \"z\": None}\n"
     "print(nested, {**nested, \"k\": 0})\n"
     "print(list(reversed(range(5))), [x for x in range(20) if x % 7 == 3])\n"},
    {"imports",
     "import helper_mod\n"
     "import helper_tools as tools\n"
     "from helper_tools import VERSION\n"
     "print(helper_mod.greet(\"threads\"), helper_mod.Counter().bump().bump().n)\n"
     "print(tools.mean([1, 2, 3, 4]), VERSION)\n"
     "print(helper_mod.fib(25), tools.scale([1, 2], 3))\n"
     "try:\n"
     "    helper_mod.fail()\n"
     "except RuntimeError as e:\n"
     "    print(\"from module:\", e)\n"
     "try:\n"
     "    import no_such_module_here\n"
     "except ModuleNotFoundError as e:\n"
     "    print(e)\n"
     /* the registry's modules, C and frozen, and the names shared by all */
     "import sys, time, string, colorsys\n"
     "print(time, sys.modules[\"sys\"].__spec__, string.Template(\"$a and ${b}\").substitute(a=1, b=2))\n"
     "print(string.Formatter().format(\"{0:>5}|{x!r}\", 42, x=\"y\"), colorsys.rgb_to_hsv(0.2, 0.4, 0.4))\n"
     "print(\"string\" in sys.stdlib_module_names, \"time\" in sys.builtin_module_names,\n"
     "      hash(sys.stdlib_module_names) == hash(frozenset(sys.stdlib_module_names)))\n"},
};
#define NSCRIPTS (sizeof scripts / sizeof scripts[0])

/* Modules the "imports" script finds in the search path (LIB). */
static const Script modules[] = {
    {"lib/helper_mod",
     "def greet(who):\n"
     "    return f\"hello, {who}\"\n"
     "\n"
     "class Counter:\n"
     "    def __init__(self):\n"
     "        self.n = 0\n"
     "    def bump(self):\n"
     "        self.n += 1\n"
     "        return self\n"
     "\n"
     "def fib(n):\n"
     "    a, b = 0, 1\n"
     "    for _ in range(n):\n"
     "        a, b = b, a + b\n"
     "    return a\n"
     "\n"
     "def fail():\n"
     "    raise RuntimeError(\"helper failed\")\n"},
    {"lib/helper_tools",
     "VERSION = (1, 2)\n"
     "\n"
     "def mean(xs):\n"
     "    return sum(xs) / len(xs)\n"
     "\n"
     "def scale(xs, k):\n"
     "    return [x * k for x in xs]\n"},
};
#define NMODULES (sizeof modules / sizeof modules[0])

/* CPython's view of one script. */
typedef struct Oracle {
    char *out, *err;
    int status;
    const char *exc_type; /* the uncaught exception's type name, or NULL */
} Oracle;
static Oracle oracle[NSCRIPTS];

/* Writes and compiles every script and module, and records what CPython
 * prints for each script. */
static int prepare(void) {
    char cmd[8192], path[512];
    struct stat st;
    if (stat(PYTHON, &st) != 0) {
        printf("thread_test: %s not found: run me from the repository root\n", PYTHON);
        return -1;
    }
    if (run_shell("mkdir -p " LIB) != 0)
        return -1;
    int n = snprintf(cmd, sizeof cmd, "%s -c 'import py_compile,sys\n"
                     "for s in sys.argv[1:]: py_compile.compile(s, cfile=s + \"c\", doraise=True)'",
                     PYTHON);
    const Script *all[NSCRIPTS + NMODULES];
    for (size_t i = 0; i < NSCRIPTS; i++)
        all[i] = &scripts[i];
    for (size_t i = 0; i < NMODULES; i++)
        all[NSCRIPTS + i] = &modules[i];
    for (size_t i = 0; i < NSCRIPTS + NMODULES; i++) {
        snprintf(path, sizeof path, DIR "/%s.py", all[i]->name);
        if (write_file(path, all[i]->source) != 0) {
            printf("thread_test: cannot write %s\n", path);
            return -1;
        }
        n += snprintf(cmd + n, sizeof cmd - n, " %s", path);
    }
    if (run_shell(cmd) != 0) {
        printf("thread_test: compiling the scripts with %s failed\n", PYTHON);
        return -1;
    }
    for (size_t i = 0; i < NSCRIPTS; i++) {
        const char *nm = scripts[i].name;
        snprintf(cmd, sizeof cmd,
                 "PYTHONHASHSEED=0 PYTHONPATH=" LIB " %s -B " DIR "/%s.pyc >" DIR "/%s.out 2>" DIR
                 "/%s.err </dev/null",
                 PYTHON, nm, nm, nm);
        oracle[i].status = run_shell(cmd);
        snprintf(path, sizeof path, DIR "/%s.out", nm);
        oracle[i].out = read_file(path, NULL);
        snprintf(path, sizeof path, DIR "/%s.err", nm);
        oracle[i].err = read_file(path, NULL);
        if (!oracle[i].out || !oracle[i].err) {
            printf("thread_test: cannot read CPython's output for %s\n", nm);
            return -1;
        }
        /* "KeyError: 'missing2'" on the last line: the type before the colon */
        if (oracle[i].status == 1) {
            char *last = oracle[i].err + strlen(oracle[i].err);
            while (last > oracle[i].err && last[-1] == '\n')
                last--;
            while (last > oracle[i].err && last[-1] != '\n')
                last--;
            size_t len = strcspn(last, ":\n");
            static char types[NSCRIPTS][64];
            snprintf(types[i], sizeof types[i], "%.*s", (int)len, last);
            oracle[i].exc_type = types[i];
        }
    }
    return 0;
}

/* The disassembly of the "gens" script, made before the threads start: each
 * thread's must be the same. */
static char *gens_dis;
/* The "colls" script loaded once, run by every thread at once. */
static cipy_code *shared_colls;

static cipy_code *load(const char *name) {
    char path[512];
    cipy_error err;
    memset(&err, 0, sizeof err);
    snprintf(path, sizeof path, DIR "/%s.pyc", name);
    cipy_code *code = cipy_load_pyc(path, &err);
    check(code != NULL, "cipy_load_pyc(%s) failed: %s", path, err.message);
    return code;
}

/* ------------------------------------------------------------ running */

/* What one thread owns: its output buffers and its copies of the scripts. */
typedef struct Worker {
    int id, rounds;
    Buf out, err;
    cipy_code *code[NSCRIPTS];
    cipy_interp *given;        /* handed over by another thread, or NULL */
    cipy_exception *exc;       /* kept for another thread to read and free */
} Worker;

static cipy_interp *new_interp(Worker *w) {
    cipy_interp *in = cipy_new();
    check(in != NULL, "thread %d: cipy_new() returned NULL", w->id);
    if (!in)
        return NULL;
    const char *path = LIB;
    cipy_set_search_path(in, &path, 1);
    return in;
}

/* Runs script i in `in` and checks it against CPython.  With keep, an
 * uncaught exception comes back as a cipy_exception, compared then kept in
 * w->exc (the previous one freed) for another thread. */
static void run_script(Worker *w, cipy_interp *in, cipy_code *code, size_t i, int keep) {
    const Oracle *o = &oracle[i];
    const char *nm = scripts[i].name;
    cipy_set_stdout(in, buf_write, &w->out);
    cipy_set_stderr(in, buf_write, &w->err);
    buf_reset(&w->out);
    buf_reset(&w->err);
    cipy_exception *exc = NULL;
    int status = cipy_run(in, code, keep ? &exc : NULL);
    check(status == o->status, "thread %d, %s: status %d, CPython's %d", w->id, nm, status, o->status);
    check(strcmp(buf_str(&w->out), o->out) == 0, "thread %d, %s: stdout\n--- cpython\n%s--- cipy\n%s---", w->id,
          nm, o->out, buf_str(&w->out));
    if (!keep || !o->exc_type) {
        check(strcmp(buf_str(&w->err), o->err) == 0, "thread %d, %s: stderr\n--- cpython\n%s--- cipy\n%s---",
              w->id, nm, o->err, buf_str(&w->err));
        check(exc == NULL, "thread %d, %s: unexpected exception", w->id, nm);
        cipy_exception_free(exc);
        return;
    }
    check(exc != NULL, "thread %d, %s: no exception returned", w->id, nm);
    if (!exc)
        return;
    const char *t = cipy_exception_type(exc);
    check(t && strcmp(t, o->exc_type) == 0, "thread %d, %s: exception type %s, CPython's %s", w->id, nm,
          t ? t : "(null)", o->exc_type);
    cipy_exception_free(w->exc);
    w->exc = exc;
}

/* Checks an exception kept by a run of script i (any thread may call it). */
static void check_kept(cipy_exception *exc, size_t i, const char *who) {
    char *text = cipy_format_exception(exc);
    check(text && strcmp(text, oracle[i].err) == 0, "%s: kept exception of %s\n--- cpython\n%s--- cipy\n%s---", who,
          scripts[i].name, oracle[i].err, text ? text : "(null)");
    free(text);
}

static size_t script_index(const char *name) {
    for (size_t i = 0; i < NSCRIPTS; i++)
        if (strcmp(scripts[i].name, name) == 0)
            return i;
    fprintf(stderr, "thread_test: no script %s\n", name);
    exit(2);
}

/* Many interpreters, one after another, each running every script. */
static void *worker_main(void *arg) {
    Worker *w = arg;
    for (size_t i = 0; i < NSCRIPTS; i++)
        w->code[i] = load(scripts[i].name);
    size_t gens = script_index("gens");
    for (int round = 0; round < w->rounds; round++) {
        char *dis = w->code[gens] ? normalise(cipy_disassemble(w->code[gens])) : NULL;
        check(dis && gens_dis && strcmp(dis, gens_dis) == 0, "thread %d: cipy_disassemble differs", w->id);
        free(dis);
        cipy_interp *in = new_interp(w);
        if (!in)
            break;
        /* some rounds load a fresh copy of one script, freed after the round */
        size_t fresh = (size_t)(round + w->id) % NSCRIPTS;
        cipy_code *extra = round % 2 ? load(scripts[fresh].name) : NULL;
        for (size_t k = 0; k < NSCRIPTS; k++) {
            size_t i = (k * 3 + (size_t)w->id + (size_t)round) % NSCRIPTS;
            cipy_code *code = extra && i == fresh ? extra : w->code[i];
            if (code)
                run_script(w, in, code, i, (round + (int)k) % 3 == 0);
        }
        /* the same code twice in one interpreter: modules stay loaded */
        size_t imp = script_index("imports");
        if (w->code[imp])
            run_script(w, in, w->code[imp], imp, 0);
        if (shared_colls)
            run_script(w, in, shared_colls, script_index("colls"), 0);
        cipy_free(in);
        cipy_code_free(extra);
    }
    return NULL;
}

/* Runs the scripts in an interpreter another thread made (w->given), with
 * this thread's own codes. */
static void *adopter_main(void *arg) {
    Worker *w = arg;
    for (size_t i = 0; i < NSCRIPTS; i++) {
        cipy_code *code = load(scripts[i].name);
        if (code)
            run_script(w, w->given, code, i, 1);
        /* freed on this thread while the interpreter still holds functions
         * and classes the run made from it */
        cipy_code_free(code);
    }
    return NULL;
}

static void start(pthread_t *t, void *(*fn)(void *), Worker *w) {
    if (pthread_create(t, NULL, fn, w) != 0) {
        printf("thread_test: pthread_create failed\n");
        exit(2);
    }
}

/* All threads at once, each with interpreters and codes of its own. */
static void test_concurrent(int rounds) {
    Worker w[NTHREADS];
    pthread_t t[NTHREADS];
    memset(w, 0, sizeof w);
    for (int i = 0; i < NTHREADS; i++) {
        w[i].id = i;
        w[i].rounds = rounds;
        start(&t[i], worker_main, &w[i]);
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    /* the exceptions and codes the threads kept, read and freed here */
    size_t excs = script_index("excs");
    for (int i = 0; i < NTHREADS; i++) {
        if (w[i].exc)
            check_kept(w[i].exc, excs, "main thread");
        cipy_exception_free(w[i].exc);
        for (size_t k = 0; k < NSCRIPTS; k++)
            cipy_code_free(w[i].code[k]);
        free(w[i].out.data);
        free(w[i].err.data);
    }
}

/* Interpreters change threads: made and first used here, then used by
 * other threads (all at once, one interpreter each), then used and freed
 * here again; an exception outlives its interpreter and its thread. */
static void test_handover(void) {
    Worker w[NTHREADS];
    pthread_t t[NTHREADS];
    memset(w, 0, sizeof w);
    Worker self = {.id = -1};
    size_t cls = script_index("classes"), excs = script_index("excs");
    cipy_code *classes = load("classes");
    for (int i = 0; i < NTHREADS; i++) {
        w[i].id = 10 + i;
        w[i].given = new_interp(&self);
        if (w[i].given && classes)
            run_script(&self, w[i].given, classes, cls, 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        if (w[i].given)
            start(&t[i], adopter_main, &w[i]);
    for (int i = 0; i < NTHREADS; i++) {
        if (!w[i].given)
            continue;
        pthread_join(t[i], NULL);
        if (classes)
            run_script(&self, w[i].given, classes, cls, 0);
        cipy_free(w[i].given);
        check(w[i].exc != NULL, "handover: thread %d kept no exception", w[i].id);
        if (w[i].exc)
            check_kept(w[i].exc, excs, "after cipy_free");
        cipy_exception_free(w[i].exc);
        free(w[i].out.data);
        free(w[i].err.data);
    }
    cipy_code_free(classes);
    free(self.out.data);
    free(self.err.data);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 8;
    if (rounds < 1)
        rounds = 1;
    setenv("PYTHONHASHSEED", "0", 1);
    if (prepare() != 0) {
        printf("thread_test: 0 passed, 1 failed\n");
        return 1;
    }
    cipy_code *gens = load("gens");
    gens_dis = gens ? normalise(cipy_disassemble(gens)) : NULL;
    cipy_code_free(gens);
    shared_colls = load("colls");
    test_concurrent(rounds);
    cipy_code_free(shared_colls);
    test_handover();
    free(gens_dis);
    for (size_t i = 0; i < NSCRIPTS; i++) {
        free(oracle[i].out);
        free(oracle[i].err);
    }
    printf("thread_test: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

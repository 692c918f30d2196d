"""cipy's differential test runner.  Run it with tools/python3.14:

    tools/python3.14 tests/run.py [--cipy build/cipy] [--jobs N] [-k SUBSTR] [-v] [TEST...]

TEST names a folder of cases (`exceptions`, `tests/cases/exceptions/`), one
case (`str/basics`, `tests/cases/str/basics.py`), or a kind of test (`dis`,
`loader`, `hostile`, `examples`); a case's `dis:` test goes with it.  -k
then keeps the tests whose name contains SUBSTR.

Each tests/cases/<area>/<name>.py (and each examples/*.py) is compiled by
CPython 3.14 to build/tests/cases/<area>/<name>.pyc, then run by CPython
and by cipy; stdout, stderr and the exit status must be equal byte for
byte.  The only normalisation is ` at 0x<hex>` -> ` at 0x...` (addresses
differ between runs of CPython itself).  For every case, `cipy dis X.pyc`
must also print what CPython's dis.dis prints for the same code object
(test `dis:<case>`).
`loader:*` tests check cipy's command-line contract on files it cannot run.
`hostile:*` tests run the malformed .pyc files of tests/hostile/ (committed
ones, and those its scripts write): cipy must finish without a crash, a
time-out or a sanitizer report.

A case may give command-line arguments in a comment among its first lines:
    # args: one two "three four"
and the interpreter's own options (placed before the .pyc) and variables
added to the environment, the same for both interpreters:
    # options: -u -W error
    # env: PYTHONUNBUFFERED=1 NO_COLOR=
Options that name {pyc} get the case's .pyc there instead of after them
(`# options: -W {pyc} -X` tests an option missing its argument).
A case that touches the file system asks for a working directory of its own:
    # cwd: tmp
runs each interpreter in a fresh empty temporary directory, removed
afterwards (the .pyc is then named by its absolute path).
Both interpreters run with the same argv[0], CPython's (what it shows in
its usage and "can't open file" messages), cipy's binary given apart.

A case may import modules of tests/lib (helpers several cases share):
    # lib: argprobe
compiles tests/lib/argprobe.py to build/tests/lib/argprobe.pyc and puts
that directory on PYTHONPATH for both interpreters.

Each tests/gen/<script>.py is run by CPython 3.14 as `<script>.py OUTDIR`
and writes cases of its own into OUTDIR (build/tests/gen/<script>/), from
fixed random seeds; they run as gen/<script>/<name> like any other case.

A folder under tests/cases holding a main.py is one case of several modules
(packages, relative imports): see TreeCase for how it is laid out and run.

A case may also ask to be run in a way a plain run cannot (both interpreters are
run the same way, and the results compared as usual):
    # driver: sigint           SIGINT is sent 0.2 s after the first line of
                               stdout has been read (the case then loops or
                               sleeps)
    # driver: close-stdout N   stdout is closed after its first N bytes have
                               been read (only those are compared)
    # driver: stdout-full      stdout is /dev/full (every write fails)
    # driver: tty              stderr is a terminal (a pseudo-terminal, whose
                               output is compared, "\r\n" line ends and all)

CPython's results are cached in build/tests/cache, keyed by the case source,
the .pyc bytes and the Python version, so re-runs only pay for cipy.

tests/xfail.txt lists expected failures: `<test name>  <reason>`.  An xfail
that fails counts as skipped; one that passes is a failure.

The last line printed is `N passed, M failed, K skipped`; the exit status is
1 if anything failed or nothing ran.
"""
import argparse
import base64
import concurrent.futures
import difflib
import hashlib
import json
import os
import py_compile
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import importlib.util

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join("tests", "cases")
EXAMPLES_DIR = "examples"
BUILD_DIR = os.path.join("build", "tests")
LIB_DIR = os.path.join("tests", "lib")           # modules cases share (# lib:)
LIB_BUILD_DIR = os.path.join(BUILD_DIR, "lib")
CACHE_DIR = os.path.join(BUILD_DIR, "cache")
PYTHON = os.path.join(ROOT, "tools", "python3.14")
XFAIL_FILE = os.path.join("tests", "xfail.txt")

ADDRESS = re.compile(rb" at 0x[0-9a-fA-F]+")
ARGS_LINE = re.compile(r"^#\s*args:(.*)$")
OPTIONS_LINE = re.compile(r"^#\s*options:(.*)$")
ENV_LINE = re.compile(r"^#\s*env:(.*)$")
LIB_LINE = re.compile(r"^#\s*lib:(.*)$")
CWD_LINE = re.compile(r"^#\s*cwd:\s*tmp\s*$")
DRIVER_LINE = re.compile(r"^#\s*driver:\s*(sigint|close-stdout \d+|stdout-full|tty)\s*$")
DIS_SNIPPET = ('import dis,marshal,sys; '
               'dis.dis(marshal.loads(open(sys.argv[1],"rb").read()[16:]))')
MAX_DIFF_LINES = 120
CPYTHON_TIME_FACTOR = 3


def rel(path):
    return os.path.relpath(path, ROOT)


def child_env():
    """The environment both interpreters run in: ours, minus what changes
    CPython's behaviour or output (PYTHON* settings, forced colour)."""
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("PYTHON") and k not in ("PYTHON314",))
           and k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONHASHSEED"] = "0"
    env["LC_ALL"] = "C.UTF-8"
    return env


ENV = child_env()


class Outcome:
    """What one process did: exit status (negative: killed by that signal;
    None: did not start or timed out), stdout, stderr, and a note."""

    def __init__(self, status, stdout=b"", stderr=b"", note=""):
        self.status, self.stdout, self.stderr, self.note = status, stdout, stderr, note

    def to_json(self):
        return {"status": self.status, "note": self.note,
                "stdout": base64.b64encode(self.stdout).decode(),
                "stderr": base64.b64encode(self.stderr).decode()}

    @classmethod
    def from_json(cls, d):
        return cls(d["status"], base64.b64decode(d["stdout"]),
                   base64.b64decode(d["stderr"]), d.get("note", ""))

    def status_text(self):
        if self.note:
            return self.note
        if self.status is not None and self.status < 0:
            import signal
            try:
                name = signal.Signals(-self.status).name
            except ValueError:
                name = str(-self.status)
            return "killed by signal %s" % name
        return "exit status %s" % self.status


def python_argv0():
    """The argv[0] CPython runs with, through tools/python3.14."""
    p = subprocess.run([PYTHON, "-c", "import sys; print(sys.orig_argv[0])"],
                       env=ENV, stdout=subprocess.PIPE)
    return p.stdout.decode().rstrip("\n") or PYTHON


def in_fresh_dir(run):
    """run(cwd) in a fresh temporary directory, removed afterwards."""
    tmp = tempfile.mkdtemp(prefix="cipy-case-")
    try:
        return run(tmp)
    finally:
        for d, _, _ in os.walk(tmp):   # a case may leave read-only directories
            os.chmod(d, 0o700)
        shutil.rmtree(tmp, ignore_errors=True)


def run_process(cmd, timeout, env=None, executable=None, cwd=ROOT):
    if cwd is None:   # a fresh temporary directory for this run only
        return in_fresh_dir(lambda d: run_process(cmd, timeout, env, executable, d))
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env or ENV, executable=executable,
                           stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Outcome(None, e.stdout or b"", e.stderr or b"",
                       "timed out after %g s" % timeout)
    except OSError as e:
        return Outcome(None, b"", b"", "could not start %s: %s" % (cmd[0], e))
    return Outcome(p.returncode, p.stdout, p.stderr)


def run_driven(cmd, timeout, driver, env=None, executable=None, cwd=ROOT):
    """Runs cmd as a case's `# driver:` line asks (see the top of this file)."""
    if cwd is None:
        return in_fresh_dir(lambda d: run_driven(cmd, timeout, driver, env, executable, d))
    import signal
    import threading
    import time
    if driver == "stdout-full":
        with open("/dev/full", "wb") as full:
            try:
                p = subprocess.run(cmd, cwd=cwd, env=env or ENV, executable=executable,
                                   stdin=subprocess.DEVNULL,
                                   stdout=full, stderr=subprocess.PIPE, timeout=timeout)
            except subprocess.TimeoutExpired as e:
                return Outcome(None, b"", e.stderr or b"", "timed out after %g s" % timeout)
        return Outcome(p.returncode, b"", p.stderr)
    if driver == "tty":
        return run_with_tty(cmd, timeout, env, executable, cwd)
    try:
        p = subprocess.Popen(cmd, cwd=cwd, env=env or ENV, executable=executable,
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return Outcome(None, b"", b"", "could not start %s: %s" % (cmd[0], e))
    fired = []
    timer = threading.Timer(timeout, lambda: (fired.append(True), p.kill()))
    timer.start()
    try:
        if driver == "sigint":
            out = p.stdout.readline()
            time.sleep(0.2)     # for the case to get into its loop or sleep
            p.send_signal(signal.SIGINT)
            rest, err = p.communicate()
            out += rest
        else:                                   # close-stdout N
            out = p.stdout.read(int(driver.split()[1]))
            p.stdout.close()
            err = p.stderr.read()
            p.wait()
    finally:
        timer.cancel()
    if fired:
        return Outcome(None, out, err, "timed out after %g s" % timeout)
    return Outcome(p.returncode, out, err)


def run_with_tty(cmd, timeout, env=None, executable=None, cwd=ROOT):
    """Runs cmd with a pseudo-terminal as its stderr (stdout stays a pipe)."""
    import pty
    import threading
    master, slave = pty.openpty()
    try:
        p = subprocess.Popen(cmd, cwd=cwd, env=env or ENV, executable=executable,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    except OSError as e:
        os.close(master)
        os.close(slave)
        return Outcome(None, b"", b"", "could not start %s: %s" % (cmd[0], e))
    os.close(slave)
    fired = []
    timer = threading.Timer(timeout, lambda: (fired.append(True), p.kill()))
    timer.start()
    err = b""
    try:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:         # EIO: every writer has closed the terminal
                break
            if not data:
                break
            err += data
        out = p.stdout.read()
        p.wait()
    finally:
        timer.cancel()
        os.close(master)
        p.stdout.close()
    if fired:
        return Outcome(None, out, err, "timed out after %g s" % timeout)
    return Outcome(p.returncode, out, err)


def normalise(data):
    return ADDRESS.sub(b" at 0x...", data)


def cached_cpython(kind, source, pyc, args, cmd, timeout, env=None, driver=None, cwd=ROOT):
    """CPython's outcome for cmd, from the cache when the inputs are unchanged."""
    h = hashlib.sha256()
    for part in (kind.encode(), source, pyc, sys.version.encode(),
                 json.dumps(args if driver is None else [args, driver]).encode()):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    path = os.path.join(ROOT, CACHE_DIR, h.hexdigest() + ".json")
    try:
        with open(path) as f:
            return Outcome.from_json(json.load(f))
    except (OSError, ValueError, KeyError):
        pass
    # the time limit is there to catch cipy hanging; CPython, the oracle,
    # gets more room, so that a loaded machine does not fail its runs
    timeout *= CPYTHON_TIME_FACTOR
    out = (run_driven(cmd, timeout, driver, env, cwd=cwd) if driver
           else run_process(cmd, timeout, env, cwd=cwd))
    if out.status is not None:   # never cache a timeout
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = "%s.%d.tmp" % (path, os.getpid())
        with open(tmp, "w") as f:
            json.dump(out.to_json(), f)
        os.replace(tmp, path)
    return out


def text_diff(what, expected, actual):
    a = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = actual.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "cpython/" + what, "cipy/" + what))
    if len(lines) > MAX_DIFF_LINES:
        more = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + ["... (%d more diff lines)\n" % more]
    out = []
    for line in lines:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def compare(expected, actual):
    """'' when the outcomes are equal, else a readable unified diff."""
    msgs = []
    if actual.note or expected.note or expected.status != actual.status:
        msgs.append("--- cpython/status\n+++ cipy/status\n-%s\n+%s\n"
                    % (expected.status_text(), actual.status_text()))
    for what in ("stdout", "stderr"):
        e = normalise(getattr(expected, what))
        a = normalise(getattr(actual, what))
        if e != a:
            msgs.append(text_diff(what, e, a))
    return "".join(msgs)


# ---------------------------------------------------------------- test items

class Case:
    """One tests/cases/**/*.py file."""

    def __init__(self, src, base, prefix):
        self.src = src                                    # relative to ROOT
        name = os.path.relpath(src, base)[:-3]
        self.name = prefix + name.replace(os.sep, "/")
        self.pyc = os.path.join(BUILD_DIR, os.path.basename(base), name + ".pyc")
        self.args = []
        self.options = []     # the interpreter's, before the .pyc
        self.env = {}         # added to ENV
        self.driver = None
        self.libs = []        # modules of tests/lib the case imports
        self.env_key = None   # what else CPython's cached result depends on
        self.cwd_tmp = False  # run in a fresh temporary directory
        self.compile_error = None

    def prepare(self):
        """Reads the source and compiles it if the .pyc is stale."""
        with open(os.path.join(ROOT, self.src), "rb") as f:
            self.source = f.read()
        for line in read_command_line(self, self.source):
            m = DRIVER_LINE.match(line)
            if m:
                self.driver = m.group(1)
            m = LIB_LINE.match(line)
            if m:
                self.libs = m.group(1).split()
            if CWD_LINE.match(line):
                self.cwd_tmp = True
        pyc = os.path.join(ROOT, self.pyc)
        try:
            fresh = (os.path.getmtime(pyc) >= os.path.getmtime(os.path.join(ROOT, self.src)))
            if fresh:
                with open(pyc, "rb") as f:
                    fresh = f.read(4) == importlib.util.MAGIC_NUMBER
        except OSError:
            fresh = False
        if not fresh:
            os.makedirs(os.path.dirname(pyc), exist_ok=True)
            try:
                # dfile: tracebacks name the source relative to the repository
                py_compile.compile(os.path.join(ROOT, self.src), cfile=pyc,
                                   dfile=self.src, doraise=True)
            except py_compile.PyCompileError as e:
                self.compile_error = str(e)
                return
        with open(pyc, "rb") as f:
            self.pyc_bytes = f.read()
        if self.libs:
            try:
                digest = compile_libs(self.libs)
            except (OSError, py_compile.PyCompileError) as e:
                self.compile_error = str(e)
                return
            # the modules are found on PYTHONPATH; CPython's cached results
            # are kept apart for each version of them
            self.env["PYTHONPATH"] = LIB_BUILD_DIR
            self.env_key = digest


def read_command_line(case, source):
    """Sets case.args, case.options and case.env from the `# args:`,
    `# options:` and `# env:` lines among the first lines of source (bytes);
    returns those lines, for the caller's own kinds of line."""
    lines = source.decode("utf-8", "replace").splitlines()[:10]
    for line in lines:
        m = ARGS_LINE.match(line)
        if m:
            case.args = shlex.split(m.group(1))
        m = OPTIONS_LINE.match(line)
        if m:
            case.options = shlex.split(m.group(1))
        m = ENV_LINE.match(line)
        if m:
            case.env = dict(v.split("=", 1) for v in shlex.split(m.group(1)))
    return lines


def compile_libs(names):
    """Compiles the named modules of tests/lib into build/tests/lib (as
    NAME.pyc, so that both interpreters import them from there) when stale;
    returns a digest of their .pyc files."""
    h = hashlib.sha256()
    for name in names:
        src = os.path.join(LIB_DIR, name + ".py")
        pyc = os.path.join(ROOT, LIB_BUILD_DIR, name + ".pyc")
        try:
            fresh = os.path.getmtime(pyc) >= os.path.getmtime(os.path.join(ROOT, src))
        except OSError:
            fresh = False
        if not fresh:
            os.makedirs(os.path.dirname(pyc), exist_ok=True)
            py_compile.compile(os.path.join(ROOT, src), cfile=pyc, dfile=src, doraise=True)
        with open(pyc, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def zip_archive_of(name):
    """The folder of a tree case's file `name` that becomes a zip archive
    (the first one whose name ends in .zip), or None."""
    parts = name.split(os.sep)
    for i, part in enumerate(parts[:-1]):
        if part.endswith(".zip"):
            return os.sep.join(parts[:i + 1])
    return None


class TreeCase:
    """A folder of tests/cases with a main.py: a program of several modules.

    The tree is laid out twice under build/tests/trees/<area>/<name>/:
    `cached/` as `python3.14 -m compileall .` leaves it (each .py beside its
    __pycache__/<name>.cpython-314.pyc, compiled with the file name
    ./<path>) and `sourceless/` with only <name>.pyc files where the .py
    files were (compiled with their path under tests/cases, so tracebacks
    show their lines).  Each layout also gets main.pyc at its root, which is
    what runs; the tests are named <area>/<name> and <area>/<name>/sourceless.
    Files other than .py (data, broken .pyc files) are copied as they are.

    A folder whose name ends in .zip becomes a zip archive of that name
    (see make_zip).

    When main.py gives `# options:` (`-m main`), both interpreters run with
    those options and the arguments, in the tree's root as the current
    directory, instead of running main.pyc; `{tree}` in an `# env:` value
    or an option is the tree's root.
    """

    LAYOUTS = ("cached", "sourceless")

    def __init__(self, src_dir, base):
        self.src_dir = src_dir                            # relative to ROOT
        self.base_name = os.path.relpath(src_dir, base).replace(os.sep, "/")
        self.args = []
        self.options = []
        self.env = {}
        self.compile_error = None

    def names(self):
        return [self.base_name, self.base_name + "/sourceless"]

    def tree(self, layout):
        return os.path.join(ROOT, BUILD_DIR, "trees", self.base_name, layout)

    def prepare(self):
        import shutil
        sources = []
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, self.src_dir)):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            sources += [os.path.relpath(os.path.join(dirpath, fn), os.path.join(ROOT, self.src_dir))
                        for fn in sorted(filenames)]
        self.source = b""
        for name in sources:
            with open(os.path.join(ROOT, self.src_dir, name), "rb") as f:
                data = f.read()
            self.source += name.encode() + b"\0" + data + b"\0"
            if name == "main.py":
                read_command_line(self, data)
        for layout in self.LAYOUTS:
            tree = self.tree(layout)
            shutil.rmtree(tree, ignore_errors=True)
            try:
                archives = {}
                for name in sources:
                    src = os.path.join(ROOT, self.src_dir, name)
                    dst = os.path.join(tree, name)
                    archive = zip_archive_of(name)
                    if archive:
                        archives.setdefault(archive, []).append(name)
                        continue
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    if not name.endswith(".py"):
                        shutil.copy2(src, dst)
                    elif layout == "cached":
                        shutil.copy2(src, dst)
                        py_compile.compile(dst, dfile=os.path.join(".", name), doraise=True)
                    else:
                        py_compile.compile(src, cfile=dst + "c", dfile=rel(src), doraise=True)
                for archive, names in archives.items():
                    self.make_zip(tree, archive, names)
                if layout == "cached":
                    src = os.path.join(ROOT, self.src_dir, "main.py")
                    py_compile.compile(src, cfile=os.path.join(tree, "main.pyc"), dfile=rel(src),
                                       doraise=True)
            except py_compile.PyCompileError as e:
                self.compile_error = str(e)
                return

    def make_zip(self, tree, archive, names):
        """Writes the folder `archive` (a name ending in .zip) of the case
        as a zip archive at the same place in tree: each .py compiled to a
        .pyc member beside where it was (what `compileall -b` leaves; the
        code names the file by its path inside the archive), deflated;
        other files stored as they are.  Fixed dates and sorted members
        make the archive the same at every run."""
        import tempfile
        import zipfile
        os.makedirs(os.path.dirname(os.path.join(tree, archive)), exist_ok=True)
        with zipfile.ZipFile(os.path.join(tree, archive), "w") as z, tempfile.TemporaryDirectory() as tmp:
            for name in sorted(names):
                member = name[len(archive) + 1:]
                src = os.path.join(ROOT, self.src_dir, name)
                info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
                if name.endswith(".py"):
                    info.filename += "c"
                    info.compress_type = zipfile.ZIP_DEFLATED
                    cfile = os.path.join(tmp, "member.pyc")
                    py_compile.compile(src, cfile=cfile, dfile=member, doraise=True)
                    src = cfile
                with open(src, "rb") as f:
                    z.writestr(info, f.read())

    def run(self, layout, cipy, timeout, argv0):
        if self.compile_error:
            return "CPython cannot compile the case:\n" + self.compile_error
        if self.options:
            return self.run_options(layout, cipy, timeout, argv0)
        main = os.path.join(self.tree(layout), "main.pyc")
        # the outputs may show the tree's absolute paths: they key the cache too
        expected = cached_cpython("tree-" + layout, self.source, main.encode(), self.args,
                                  [PYTHON, main] + self.args, timeout)
        if expected.status is None:
            return "CPython did not finish: " + expected.status_text()
        actual = run_process([cipy, main] + self.args, timeout)
        return compare(expected, actual)

    def run_options(self, layout, cipy, timeout, argv0):
        tree = self.tree(layout)
        line = [o.replace("{tree}", tree) for o in self.options] + self.args
        env = dict(ENV, **{k: v.replace("{tree}", tree) for k, v in self.env.items()})
        expected = cached_cpython("tree-" + layout, self.source, tree.encode(), [line, self.env],
                                  [PYTHON] + line, timeout, env, cwd=tree)
        if expected.status is None:
            return "CPython did not finish: " + expected.status_text()
        actual = run_process([argv0] + line, timeout, env, cipy, cwd=tree)
        return compare(expected, actual)


class Item:
    def __init__(self, name, fn):
        self.name, self.fn = name, fn


def run_case(case, cipy, timeout, argv0):
    if case.compile_error:
        return "CPython cannot compile the case:\n" + case.compile_error
    env = dict(ENV, **case.env)
    pyc, cwd = case.pyc, ROOT
    if case.cwd_tmp:
        pyc, cwd = os.path.join(ROOT, case.pyc), None
        if "PYTHONPATH" in env:
            env["PYTHONPATH"] = os.path.join(ROOT, env["PYTHONPATH"])
    if "{pyc}" in case.options:
        line = [pyc if o == "{pyc}" else o for o in case.options] + case.args
    else:
        line = case.options + [pyc] + case.args
    key = case.args if not (case.options or case.env) else [case.options, case.args, case.env, case.env_key]
    if case.cwd_tmp:
        key = ["tmp", key]
    expected = cached_cpython("run", case.source, case.pyc_bytes, key,
                              [PYTHON] + line, timeout, env, case.driver, cwd)
    if expected.status is None:
        return "CPython did not finish: " + expected.status_text()
    if case.driver:
        actual = run_driven([argv0] + line, timeout, case.driver, env, cipy, cwd)
    else:
        actual = run_process([argv0] + line, timeout, env, cipy, cwd)
    return compare(expected, actual)


def run_dis(case, cipy, timeout):
    if case.compile_error:
        return "CPython cannot compile the case:\n" + case.compile_error
    expected = cached_cpython("dis", case.source, case.pyc_bytes, [],
                              [PYTHON, "-c", DIS_SNIPPET, case.pyc], timeout)
    if expected.status is None:
        return "CPython's dis did not finish: " + expected.status_text()
    actual = run_process([cipy, "dis", case.pyc], timeout)
    return compare(expected, actual)


# ------------------------------------------------------------ loader checks

LOADER_DIR = os.path.join(BUILD_DIR, "loader")
LOADER_SAMPLE = '''\
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def outer(x):
    def inner(y):
        return x * y + 1.5
    return inner

names = {"one": 1, "two": (2, 2.0, "zwei"), "big": 2 ** 100}
print(fib(20), outer(3)(4), names, [c for c in "text" if c != "x"])
'''


def loader_files():
    """Writes the malformed inputs the loader checks use; returns
    {test name: path}."""
    d = os.path.join(ROOT, LOADER_DIR)
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "sample.py")
    with open(src, "w") as f:
        f.write(LOADER_SAMPLE)
    pyc = os.path.join(d, "sample.pyc")
    py_compile.compile(src, cfile=pyc, dfile=rel(src), doraise=True)
    with open(pyc, "rb") as f:
        good = f.read()
    rng = random.Random(3627)
    files = {
        "empty": b"",
        "truncated-header": good[:10],
        "header-only": good[:16],
        "truncated-code": good[:16 + (len(good) - 16) // 2],
        "truncated-last-byte": good[:-1],
        "magic-3.12": (3531).to_bytes(2, "little") + b"\r\n" + good[4:],
        "random-bytes": bytes(rng.randrange(256) for _ in range(300)),
        "random-body": good[:16] + bytes(rng.randrange(256) for _ in range(300)),
        "not-code": good[:16] + b"N",   # a valid marshal of None, not code
    }
    paths = {}
    for name, data in files.items():
        p = os.path.join(LOADER_DIR, name + ".pyc")
        with open(os.path.join(ROOT, p), "wb") as f:
            f.write(data)
        paths[name] = p
    paths["source-file"] = rel(src)
    # every prefix of the good file, sampled (one check covers them all)
    step = max(1, len(good) // 60)
    prefixes = []
    for n in list(range(0, len(good), step)) + [len(good) - 2]:
        p = os.path.join(LOADER_DIR, "prefix-%d.pyc" % n)
        with open(os.path.join(ROOT, p), "wb") as f:
            f.write(good[:n])
        prefixes.append(p)
    return paths, prefixes


def check_rejected(out, what):
    """cipy's contract for a file it cannot run: exit status 1, nothing on
    stdout, exactly one line on stderr, beginning with "cipy: "."""
    problems = []
    if out.status != 1:
        problems.append("exit status: want 1, got %s" % out.status_text())
    if out.stdout:
        problems.append("stdout should be empty, got %r" % out.stdout[:300])
    lines = out.stderr.split(b"\n")
    if not (len(lines) == 2 and lines[1] == b"" and lines[0].strip()):
        problems.append("stderr should be exactly one line, got %r" % out.stderr[:600])
    elif not lines[0].startswith(b"cipy: "):
        problems.append("the line on stderr should begin with 'cipy: ', got %r" % lines[0][:300])
    if problems:
        return "%s:\n  %s\n" % (what, "\n  ".join(problems))
    return ""


def cipy_version():
    try:
        with open(os.path.join(ROOT, "include", "cipy.h")) as f:
            m = re.search(r'#define CIPY_VERSION "([^"]+)"', f.read())
        return m.group(1) if m else None
    except OSError:
        return None


def loader_items(cipy, timeout):
    paths, prefixes = loader_files()
    items = []
    for name, path in sorted(paths.items()):
        def check(path=path):
            return check_rejected(run_process([cipy, path], timeout), "cipy " + path)
        items.append(Item("loader:" + name, check))

    def check_prefixes():
        msgs = []
        for p in prefixes:
            msgs.append(check_rejected(run_process([cipy, p], timeout), "cipy " + p))
            if sum(1 for m in msgs if m) >= 5:
                msgs.append("(stopping after 5 failures)\n")
                break
        return "".join(msgs)
    items.append(Item("loader:every-prefix", check_prefixes))

    def check_version():
        out = run_process([cipy, "--version"], timeout)
        problems = []
        if out.status != 0:
            problems.append("exit status: want 0, got %s" % out.status_text())
        if out.stderr:
            problems.append("stderr should be empty, got %r" % out.stderr[:300])
        v = cipy_version()
        if out.stdout.count(b"\n") != 1 or not out.stdout.endswith(b"\n"):
            problems.append("stdout should be one line, got %r" % out.stdout[:300])
        elif v and v.encode() not in out.stdout:
            problems.append("stdout should name version %s, got %r" % (v, out.stdout))
        return "".join("cipy --version: %s\n" % p for p in problems)
    items.append(Item("loader:version", check_version))

    def check_help():
        out = run_process([cipy, "--help"], timeout)
        problems = []
        if out.status != 0:
            problems.append("exit status: want 0, got %s" % out.status_text())
        if out.stderr:
            problems.append("stderr should be empty, got %r" % out.stderr[:300])
        if b"usage" not in out.stdout.lower():
            problems.append("stdout should show the usage, got %r" % out.stdout[:300])
        return "".join("cipy --help: %s\n" % p for p in problems)
    items.append(Item("loader:help", check_help))
    return items


# ------------------------------------------------------------ hostile bytecode

HOSTILE_DIR = os.path.join("tests", "hostile")
HOSTILE_BUILD = os.path.join(BUILD_DIR, "hostile")
SANITIZER_REPORT = re.compile(rb"(AddressSanitizer|LeakSanitizer|ThreadSanitizer|"
                              rb"UndefinedBehaviorSanitizer|runtime error:)")


def hostile_files():
    """The hostile inputs: every tests/hostile/*.pyc (committed reproducers,
    for instance from the fuzzer), plus the files that each
    tests/hostile/*.py script writes into the directory given as its
    argument.  Returns {test name: path}."""
    found = {}
    src_dir = os.path.join(ROOT, HOSTILE_DIR)
    if not os.path.isdir(src_dir):
        return found
    out_dir = os.path.join(ROOT, HOSTILE_BUILD)
    os.makedirs(out_dir, exist_ok=True)
    for fn in sorted(os.listdir(src_dir)):
        path = os.path.join(src_dir, fn)
        if fn.endswith(".pyc"):
            found[fn[:-4]] = rel(path)
        elif fn.endswith(".py"):
            sub = os.path.join(out_dir, fn[:-3])
            os.makedirs(sub, exist_ok=True)
            for old in os.listdir(sub):  # what an earlier version of the script wrote
                if old.endswith(".pyc"):
                    os.remove(os.path.join(sub, old))
            p = subprocess.run([PYTHON, path, sub], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if p.returncode != 0:
                found[fn[:-3]] = ("error", p.stdout.decode("utf-8", "replace"))
                continue
            for made in sorted(os.listdir(sub)):
                if made.endswith(".pyc"):
                    found[fn[:-3] + "/" + made[:-4]] = rel(os.path.join(sub, made))
    return found


def check_survived(out, what):
    """cipy's contract for a hostile file CPython itself may crash on: it
    finishes (no signal, no time-out) and no sanitizer reports anything.
    A clean rejection (`cipy: ...`), a SystemError traceback or a normal
    run are all fine."""
    problems = []
    if out.status is None or out.status < 0 or out.status >= 128:
        problems.append(out.status_text())
    m = SANITIZER_REPORT.search(out.stderr)
    if m:
        start = max(0, m.start() - 200)
        problems.append("sanitizer report: %r" % out.stderr[start:start + 900])
    if problems:
        return "%s:\n  %s\n" % (what, "\n  ".join(problems))
    return ""


def hostile_items(cipy, timeout):
    items = []
    for name, path in sorted(hostile_files().items()):
        if isinstance(path, tuple):
            items.append(Item("hostile:" + name,
                              lambda msg=path[1]: "generator script failed:\n" + msg))
            continue

        def check(path=path):
            return check_survived(run_process([cipy, path], timeout), "cipy " + path)
        items.append(Item("hostile:" + name, check))
    return items


# ---------------------------------------------------------------------- main

def read_xfail():
    xfail = {}
    try:
        with open(os.path.join(ROOT, XFAIL_FILE)) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                parts = line.split(None, 1)
                xfail[parts[0]] = parts[1].strip() if len(parts) > 1 else ""
    except FileNotFoundError:
        pass
    return xfail


def find_cases():
    """tests/cases/**/*.py, named <area>/<name>, and the bundled examples,
    named examples/<name>."""
    found = []
    for base, prefix in ((CASES_DIR, ""), (EXAMPLES_DIR, "examples/")):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, base)):
            dirnames.sort()
            if base == CASES_DIR and dirpath != os.path.join(ROOT, base) and "main.py" in filenames:
                found.append(TreeCase(rel(dirpath), base))
                dirnames[:] = []
                continue
            for fn in sorted(filenames):
                if fn.endswith(".py"):
                    found.append(Case(rel(os.path.join(dirpath, fn)), base, prefix))
    return found


GEN_DIR = os.path.join("tests", "gen")
GEN_BUILD = os.path.join(BUILD_DIR, "gen")


def generated_cases():
    """Runs each tests/gen/*.py script with CPython, which writes its cases
    into build/tests/gen/<script>/.  Returns (cases, items for the scripts
    that failed)."""
    cases, failed = [], []
    src_dir = os.path.join(ROOT, GEN_DIR)
    if not os.path.isdir(src_dir):
        return cases, failed
    for fn in sorted(os.listdir(src_dir)):
        if not fn.endswith(".py"):
            continue
        out = os.path.join(ROOT, GEN_BUILD, fn[:-3])
        p = subprocess.run([PYTHON, os.path.join(src_dir, fn), out], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            msg = p.stdout.decode("utf-8", "replace")
            failed.append(Item("gen/" + fn[:-3], lambda m=msg: "generator script failed:\n" + m))
            continue
        for made in sorted(os.listdir(out)):
            if made.endswith(".py"):
                cases.append(Case(rel(os.path.join(out, made)), GEN_BUILD, "gen/"))
    return cases, failed


def selector(arg):
    """A folder or test named on the command line, as a test-name prefix."""
    s = arg.replace(os.sep, "/")
    for prefix in ("./", CASES_DIR + "/"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    if s.endswith(".py"):
        s = s[:-3]
    return s.rstrip("/")


def selected(name, selectors):
    """Whether the selectors name this test, a folder or a kind it is in, or
    (for dis:<case>) its case."""
    names = (name, name[len("dis:"):]) if name.startswith("dis:") else (name,)
    return any(n == s or n.startswith(s + "/") or n.startswith(s + ":")
               for s in selectors for n in names)


def main():
    ap = argparse.ArgumentParser(description="cipy's differential test suite")
    ap.add_argument("tests", nargs="*", metavar="TEST",
                    help="folders or tests to run (default: all); see the top of this file")
    ap.add_argument("--cipy", default="build/cipy", help="the cipy binary (default build/cipy)")
    ap.add_argument("--jobs", "-j", type=int, default=2, help="parallel tests (default 2)")
    ap.add_argument("-k", dest="filter", default="", help="run only tests whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="name every test as it finishes")
    opts = ap.parse_args()
    import signal
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        # started in the background: the cases a driver interrupts must not
        # inherit an ignored SIGINT
        signal.signal(signal.SIGINT, signal.default_int_handler)

    cipy = os.path.abspath(opts.cipy)
    timeout = 300.0 if "sanitize" in cipy else 60.0
    if not os.access(cipy, os.X_OK):
        print("run.py: no cipy binary at %s (run make first)" % opts.cipy)
        print("0 passed, 0 failed, 0 skipped")
        return 1

    selectors = [selector(a) for a in opts.tests]

    def wanted(name):
        return opts.filter in name and (not selectors or selected(name, selectors))

    items = []
    argv0 = None
    cases = find_cases()
    if not selectors or any(s.startswith("gen") for s in selectors):
        made, failed = generated_cases()
        cases += made
        items += [i for i in failed if wanted(i.name)]
    for case in cases:
        if isinstance(case, TreeCase):
            runs = [(n, layout) for n, layout in zip(case.names(), case.LAYOUTS) if wanted(n)]
            if runs:
                case.prepare()
                argv0 = argv0 or python_argv0()
            for n, layout in runs:
                items.append(Item(n, lambda c=case, l=layout, a=argv0: c.run(l, cipy, timeout, a)))
            continue
        wanted_run = wanted(case.name)
        wanted_dis = wanted("dis:" + case.name)
        if not (wanted_run or wanted_dis):
            continue
        case.prepare()
        if wanted_run:
            argv0 = argv0 or python_argv0()
            items.append(Item(case.name, lambda c=case, a=argv0: run_case(c, cipy, timeout, a)))
        if wanted_dis:
            items.append(Item("dis:" + case.name, lambda c=case: run_dis(c, cipy, timeout)))
    items += [i for i in loader_items(cipy, timeout) if wanted(i.name)]
    if not selectors or any(s.startswith("hostile") for s in selectors):
        items += [i for i in hostile_items(cipy, timeout) if wanted(i.name)]
    for s, arg in zip(selectors, opts.tests):
        if not any(selected(i.name, [s]) for i in items):
            print("run.py: no test is named %s or is in it" % arg)
            print("0 passed, 0 failed, 0 skipped")
            return 1

    xfail = read_xfail()
    names = {i.name for i in items}
    if not opts.filter and not selectors:
        for n in sorted(set(xfail) - names):
            print("note: tests/xfail.txt names %s, which is not a test" % n)

    def execute(item):
        try:
            return item.fn()
        except Exception:   # a bug in the runner must not hide the other tests
            import traceback
            return "runner error:\n" + traceback.format_exc()

    passed = failed = skipped = 0
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        for item, problem in zip(items, pool.map(execute, items)):
            if item.name in xfail:
                if problem:
                    skipped += 1
                    if opts.verbose:
                        print("xfail %s (%s)" % (item.name, xfail[item.name]))
                else:
                    failed += 1
                    failures.append(item.name)
                    print("FAIL %s: unexpectedly passes: remove it from tests/xfail.txt"
                          % item.name)
            elif problem:
                failed += 1
                failures.append(item.name)
                print("FAIL %s" % item.name)
                print(problem.rstrip("\n"))
            else:
                passed += 1
                if opts.verbose:
                    print("ok   %s" % item.name)
            sys.stdout.flush()

    if failures:
        print("failed: " + " ".join(failures))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed or not items else 0


if __name__ == "__main__":
    sys.exit(main())

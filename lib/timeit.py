"""Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The timing function's text: {init} adds the parameters that bring in
# callables, {setup} and {stmt} are the code (indented to fit).
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


def _piece(what, value, indent, prefix, scope):
    """(template text, the text to check it compiles with) for a setup or a
    statement: text is used as it is; a callable goes into scope and is
    called."""
    if isinstance(value, str):
        compile(prefix + value, dummy_src_name, "exec")
        return reindent(value, indent)
    if callable(value):
        scope["_" + what] = value
        return "_%s()" % what
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Class for timing execution speed of small code snippets.

    Timer(stmt, setup, timer, globals): `stmt` is timed, `setup` run once
    before; both are Python source text or callables; the text runs in
    `globals` (timeit's own by default).  timeit() times a number of runs, repeat() does that
    several times, autorange() finds a number of runs that takes at least
    0.2 seconds.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        """Constructor.  See class doc string."""
        self.timer = timer
        local_ns = {}
        setup_text = _piece("setup", setup, 4, "", local_ns)
        prefix = setup + "\n" if isinstance(setup, str) else ""
        stmt_text = _piece("stmt", stmt, 8, prefix, local_ns)
        init = "".join(", %s=%s" % (name, name) for name in local_ns)
        self.src = template.format(stmt=stmt_text, setup=setup_text, init=init)
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, _module_globals if globals is None else globals, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of an exception raised by the timed code
        (call it in an except block), with the template's lines shown;
        to `file`, sys.stderr by default."""
        import linecache, traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines,
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time `number` runs of the statement take (the setup runs
        once before), with the garbage collector off."""
        runs = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(runs, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2.

        Tries 1, 2, 5, 10, 20, 50, ... runs until they take at least 0.2
        seconds; calls callback(number, time_taken) after each trial when
        given.  Returns (number, time_taken).
        """
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


_module_globals = globals()


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _format_time(seconds, unit, precision):
    if unit is None:
        # The largest unit the time reaches (nsec when it reaches none).
        unit = "nsec"
        for name, scale in sorted(_UNITS.items(), key=lambda u: -u[1]):
            if seconds >= scale:
                unit = name
                break
    return "%.*g %s" % (precision, seconds / _UNITS[unit], unit)


def _plural(number):
    return "" if number == 1 else "s"


def main(args=None, *, _wrap_timer=None):
    """The command line (python -m timeit): `args` defaults to
    sys.argv[1:]; returns the exit status (None for success).  An error
    while timing prints its traceback and returns 1."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(
            args, "n:u:s:r:pvh",
            ["number=", "setup=", "repeat=", "process", "verbose", "unit=",
             "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer, number, setups = default_timer, 0, []
    repeats, verbose, unit, precision = default_repeat, 0, None, 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setups.append(value)
        elif opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeats = max(int(value), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end="")
            return 0
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer("\n".join(args) or "pass", "\n".join(setups) or "pass", timer)
    if number == 0:
        def report(count, taken):
            print("%d loop%s -> %.*g sec"
                  % (count, _plural(count), precision, taken))
        try:
            number = t.autorange(report if verbose else None)[0]
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeats, number)
    except:
        t.print_exc()
        return 1
    show = lambda seconds: _format_time(seconds, unit, precision)
    if verbose:
        print("raw times: %s" % ", ".join(map(show, raw)))
        print()
    per_loop = [seconds / number for seconds in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, _plural(number), repeats, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())

# timeit: main() with a wrapped (deterministic) timer: loops, units, verbose, the warning
import timeit
import io
import contextlib
import warnings

class Steps:
    """Each call advances by the next step of a cycle."""
    def __init__(self, steps):
        self.steps, self.i, self.now = steps, 0, 0.0
    def __call__(self):
        self.now += self.steps[self.i % len(self.steps)]
        self.i += 1
        return self.now

def run(args, steps):
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        with contextlib.redirect_stdout(out):
            status = timeit.main(args, _wrap_timer=lambda t: Steps(steps))
    print('status', status)
    print(out.getvalue(), end='')
    for w in caught:
        print('warning', w.category.__name__, w.message, repr(w.filename), w.lineno)

run(['-n', '10', '-r', '3'], [0.0, 1e-6])
run(['-n', '1', '-r', '1'], [0.0, 2.5])
run(['--number=4', '--repeat=2', '-u', 'msec'], [0.0, 0.004])
run(['-n', '1000', '-u', 'nsec'], [0.0, 0.0005])
run(['-n', '7', '-u', 'usec', '-r', '0'], [0.0, 0.7])
run(['-n', '3', '-u', 'sec', '--repeat=-5'], [0.0, 3e-9])
run(['-n', '2', '-v'], [0.0, 0.02])
run(['-n', '2', '-v', '-v'], [0.0, 0.0123456789])
run(['-v'], [0.0, 0.09, 0.0, 0.15, 0.0, 0.25])
run([], [0.0, 0.3])
run(['-vv', '-r', '2'], [0.0, 0.05, 0.0, 0.5])
run(['-n', '5', '-r', '2'], [0.0, 0.001, 0.0, 0.01])
run(['-n', '1', '-r', '3', '-p'], [0.0, 1e-12])
run(['-n', '1', '-s', 'pass', '-s', '', '--', 'pass'], [0.0, 1.0])

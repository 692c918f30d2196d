# Many float components and factors: exact conversion and half-even rounding.
from datetime import timedelta

state = 12345


def rand():
    # a fixed linear congruential sequence, so both interpreters see the same values
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks']
for i in range(400):
    r = rand()
    name = names[r % 7]
    value = ((r >> 8) % 10**9) / 10 ** ((r >> 40) % 12) * (-1 if r & 16 else 1)
    try:
        print(name, value, timedelta(**{name: value}))
    except OverflowError as e:
        print(name, value, 'OverflowError', e)
base = timedelta(days=3, seconds=17, microseconds=123457)
for i in range(200):
    r = rand()
    f = ((r >> 8) % 10**7) / 10 ** ((r >> 40) % 9) * (-1 if r & 16 else 1)
    try:
        print(f, base * f, base / f if f else '-', timedelta(microseconds=7) * f)
    except OverflowError as e:
        print(f, 'OverflowError', e)
for i in range(100):
    r = rand()
    a = timedelta(microseconds=(r % 10**15) - 5 * 10**14)
    b = timedelta(microseconds=(r >> 20) % 10**12 + 1)
    print(a / b, a // b, a % b, divmod(a, b)[0], (a // ((r >> 5) % 1000 + 1)), a.total_seconds())

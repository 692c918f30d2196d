# contextvars workload: ContextVar.get/set/reset in a loop, copy_context()
# of a context holding a dozen variables followed by a set inside the copy
# (the pattern of an event loop starting tasks), and Context.run calls.
import contextvars
import time


N = 60000


def main():
    total = 0
    names = [contextvars.ContextVar('v%d' % i, default=i) for i in range(12)]
    for i, var in enumerate(names):
        var.set(i * 3)
    counter = contextvars.ContextVar('counter', default=0)
    for i in range(N):
        tok = counter.set(i)
        total += counter.get() + names[i % 12].get()
        if i % 3 == 0:
            counter.reset(tok)
    def task(k):
        counter.set(k)
        return counter.get() + names[k % 12].get()
    for i in range(N // 2):
        ctx = contextvars.copy_context()
        total += ctx.run(task, i)
        total += len(ctx)
    ctx = contextvars.copy_context()
    for i in range(N // 2):
        total += ctx.run(counter.get)
    for i in range(N // 20):
        snap = contextvars.copy_context()
        total += sum(1 for _ in snap.items())
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

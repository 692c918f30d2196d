# a coroutine freed without ever running warns (RuntimeWarning)
import warnings

async def job():
    return 1

def start():
    job()

start()
start()
c = job()
del c
print("after")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
print([(m.category.__name__, str(m.message), m.lineno, type(m.source).__name__) for m in log])
c = job()
c.close()
del c
c = job()
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c
print("end")

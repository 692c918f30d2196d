import sys, traceback

def a(): b()
def b(): c()
def c(): raise ValueError("deep")

try:
    a()
except ValueError as e:
    err = e
for limit in (None, 0, 1, 2, -1, -2, 10, -10):
    print("limit", limit)
    print("".join(traceback.format_exception(err, limit=limit)), end="")
print([fs.name for fs in traceback.extract_tb(err.__traceback__, limit=-2)])
sys.tracebacklimit = 1
print([fs.name for fs in traceback.extract_tb(err.__traceback__)])
sys.tracebacklimit = -5
print([fs.name for fs in traceback.extract_tb(err.__traceback__)])
del sys.tracebacklimit

# Records' times are consistent: msecs and relativeCreated from created.
import logging, time

before = time.time()
r = logging.LogRecord('t', 20, 'p', 1, 'm', None, None)
after = time.time()
print(before - 0.01 <= r.created <= after + 0.01)
print(abs(r.msecs - int((r.created - int(r.created)) * 1000)) <= 1)
print(r.relativeCreated > 0, isinstance(r.relativeCreated, float))
print(r.args, r.getMessage())
r2 = logging.LogRecord('t', 20, 'p', 1, 'm', None, None)
print(r2.created >= r.created, r2.relativeCreated >= r.relativeCreated)
print(type(logging._startTime).__name__)

# The module's names, StatisticsError and the functions' signatures.
import inspect
import statistics

print(statistics.__all__)
print(statistics.StatisticsError.__mro__, statistics.StatisticsError.__module__)
print(issubclass(statistics.StatisticsError, ValueError))
for name in statistics.__all__:
    obj = getattr(statistics, name)
    if callable(obj) and not isinstance(obj, type):
        print(name, inspect.signature(obj))
try:
    raise statistics.StatisticsError('boom', 3)
except ValueError as e:
    print(repr(e), e.args)
print(statistics.NormalDist.__module__, statistics.LinearRegression.__module__)

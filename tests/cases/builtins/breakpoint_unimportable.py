# A hook that cannot be imported is ignored with a RuntimeWarning.
# env: PYTHONBREAKPOINT=nosuch.fn
breakpoint()
print("after")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    breakpoint()
print([str(x.message) for x in w], [x.category.__name__ for x in w])

import traceback, warnings

try:
    try:
        int("z")
    except ValueError as inner:
        raise LookupError("outer") from inner
except LookupError as e:
    err = e
te = traceback.TracebackException.from_exception(err)
print(te.exc_type_str, str(te), te.__suppress_context__, te.exceptions)
print(type(te.stack).__name__, [f.name for f in te.stack])
print(te.__cause__.exc_type_str, str(te.__cause__))
print(te.__context__ is not None, te.__cause__.__cause__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(te.exc_type)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
te2 = traceback.TracebackException(type(err), err, err.__traceback__, save_exc_type=False)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(te2.exc_type)
compact = traceback.TracebackException.from_exception(err, compact=True)
print(compact.__context__)
print(te == traceback.TracebackException.from_exception(err), te == 3)
print(list(te.format_exception_only()))

def a():
    raise ValueError("first")
def b():
    raise TypeError("second")
errors = []
for fn in (a, b):
    try:
        fn()
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("two failures", errors)
eg.add_note("note on the group")
raise eg

# An exception group: the box drawing stays plain, each member is coloured.
# env: FORCE_COLOR=1
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return 10 // (n - n)

errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
inner.add_note("inner note")
group = ExceptionGroup("tasks", errors + [inner])
group.add_note("group note")
raise group

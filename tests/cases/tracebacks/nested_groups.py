def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} bad type")
inner = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        inner.append(e)
raise ExceptionGroup("outer", [ExceptionGroup("inner", inner), KeyError("k")])

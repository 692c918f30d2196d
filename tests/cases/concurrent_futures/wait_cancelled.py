import concurrent.futures as cf

f = cf.Future()
g = cf.Future()
g.set_result(1)
print(f.cancel(), f.done())
# cancelled but not yet seen by an executor: wait() does not count it done
for when in (cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION):
    res = cf.wait([f, g], timeout=0, return_when=when)
    print(when, f in res.done, f in res.not_done, g in res.done)
print(f.set_running_or_notify_cancel(), f.done())
for when in (cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION):
    res = cf.wait([f, g], timeout=0, return_when=when)
    print(when, f in res.done, f in res.not_done)
print(list(cf.as_completed([f])) == [f])

# coroutines freed at exit: in a global, in a cycle, from a __del__; the
# registry of sys shows the frameless one once
async def job():
    pass

pending = job()

class Holder:
    def __del__(self):
        job()

h = Holder()
cycle = [job()]
cycle.append(cycle)
print("end")

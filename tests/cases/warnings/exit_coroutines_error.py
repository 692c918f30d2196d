# options: -W error
# the same under -W error: each is reported as it is freed
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

# options: -W ignore::RuntimeWarning
async def job():
    pass

pending = job()
cycle = [job()]
cycle.append(cycle)
print("end")

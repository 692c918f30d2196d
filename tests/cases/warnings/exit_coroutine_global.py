# a coroutine left in a global warns as the shutdown frees it, from no frame
import warnings

async def job():
    pass

pending = job()
print("end")

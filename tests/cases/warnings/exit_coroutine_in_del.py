# a warning emitted by a __del__ that runs at exit
import warnings

async def job():
    pass

class Holder:
    def __del__(self):
        print("del")
        job()

h = Holder()
print("end")

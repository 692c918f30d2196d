# options: -W ignore::RuntimeWarning
async def job():
    pass
job()
print("nothing shown")

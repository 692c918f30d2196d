# No message: only the type name, coloured.
# env: FORCE_COLOR=1
def stop():
    raise StopIteration()

stop()

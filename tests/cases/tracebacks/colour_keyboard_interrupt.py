# An uncaught KeyboardInterrupt is coloured as any other exception.
# env: FORCE_COLOR=1
def wait():
    raise KeyboardInterrupt

print("waiting")
wait()

# An exception group raised while handling another exception.
# env: FORCE_COLOR=1
try:
    raise OSError("disk")
except OSError as e:
    raise BaseExceptionGroup("cleanup failed", [e, KeyboardInterrupt()])

# Ctrl-C in a busy loop: KeyboardInterrupt at the loop's backward jump,
# `finally` runs, buffered output is flushed, the process dies of SIGINT.
# driver: sigint
print("ready", flush=True)
n = 0
try:
    while True:
        n += 1
finally:
    print("finally ran")

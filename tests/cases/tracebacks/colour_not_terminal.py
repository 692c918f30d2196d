# No variable, stderr a pipe: a plain traceback.
# env: TERM=xterm-256color
def average(values):
    return sum(values) / len(values)

print("before")
average([])

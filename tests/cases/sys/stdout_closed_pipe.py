# The reader of stdout goes away early (`cipy prog.pyc | head -c 100`):
# print() raises BrokenPipeError, and the flush at exit fails again
# (reported, exit status 120).
# driver: close-stdout 100
for i in range(300000):
    print("line", i)

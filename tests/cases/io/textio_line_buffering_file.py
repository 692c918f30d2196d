# cwd: tmp
# A line-buffered text file writes each completed line at once.
f = open("lb", "w", buffering=1)


def on_disk():
    with open("lb") as g:
        return g.read()


f.write("partial")
print(repr(on_disk()))
f.write(" done\nnext")
print(repr(on_disk()))
f.reconfigure(line_buffering=False)
f.write(" more\n")
print(repr(on_disk()))
f.close()
print(repr(on_disk()))

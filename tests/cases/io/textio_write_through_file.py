# cwd: tmp
# write_through passes text to the buffer at once (but the buffer keeps it).
f = open("wt", "w")
f.reconfigure(write_through=True)
f.write("abc")
print(f.buffer.tell(), f.write_through)
f.buffer.flush()
with open("wt") as g:
    print(g.read())
f.close()

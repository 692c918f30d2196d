# cwd: tmp
# A file left open is flushed and closed when its object dies and at exit.
def write_and_drop(name, text):
    f = open(name, "w")
    f.write(text)


write_and_drop("a", "dropped but written\n")
with open("a") as f:
    print(f.read(), end="")
f = open("b", "w")
f.write("pending")
del f
print(open("b").read())
g = open("c", "w")
g.write("kept until exit")
h = open("d", "wb")
h.write(b"binary until exit")
lst = [open("e", "w")]
lst[0].write("in a list")
lst.clear()
print(open("e").read())

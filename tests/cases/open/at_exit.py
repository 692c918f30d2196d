# cwd: tmp
# Files still open when the program ends are flushed and closed: an object
# made after them, whose __del__ runs later in the shutdown, reads what
# they left.
f = open("out.txt", "w")
f.write("written at exit\n")
g = open("out.bin", "wb")
g.write(b"\x00\x01 binary")
print(open("out.txt").read() == "", open("out.bin", "rb").read())


class Reader:
    def __del__(self, open=open, print=print):
        print("out.txt:", repr(open("out.txt").read()))
        print("out.bin:", open("out.bin", "rb").read())


reader = Reader()

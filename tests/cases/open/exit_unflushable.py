# A file that cannot be flushed when the program ends: the error is
# reported as CPython reports it, and the exit status stays 0.
f = open("/dev/full", "w")
f.write("lost")
print("end of program")

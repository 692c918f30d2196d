# When the last reference to the original sys.stdout goes, what it holds is
# written then, as CPython's close() of a dying file writes it.
import os
import sys

os.dup2(1, 2)
s = sys.stdout
sys.stdout = sys.__stdout__ = None
s.write("written as the stream dies; ")
del s
sys.stderr.write("after it\n")

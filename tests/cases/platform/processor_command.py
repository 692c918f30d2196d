# cwd: tmp
# The processor comes from "uname -p", asked once per uname_result and only
# when read: stripped, "unknown" shown as '', a failure as ''.  A "uname" of
# our own, first on PATH, answers.
import os
import platform

here = os.getcwd()
with open("uname", "w") as f:
    f.write('#!/bin/sh\n'
            'echo "$*" >> calls\n'
            'echo "to stderr" >&2\n'
            'cat said\n'
            'exit $(cat status)\n')
os.chmod("uname", 0o755)
os.environ["PATH"] = here + os.pathsep + os.environ["PATH"]


def answer(said, status=0):
    with open("said", "w") as f:
        f.write(said)
    with open("status", "w") as f:
        f.write(str(status))


def calls():
    with open("calls") as f:
        return f.read().splitlines()


R = platform.uname_result
answer("  my cpu \n\nsecond\n")
a = R("a", "b", "c", "d", "e")
print("processor" in vars(a), repr(a.processor), repr(a.processor), "processor" in vars(a))
b = R("a", "b", "c", "d", "e")
print(repr(b[5]), repr(b[-1]), list(b)[5] == b.processor, len(calls()))
print(calls())

answer("real\n")
platform.invalidate_caches()
u = platform.uname()
print(repr(platform.processor()), repr(u.processor), u is platform.uname(), len(calls()))
answer("changed\n")
print(repr(platform.processor()), len(calls()))
platform.invalidate_caches()
print(repr(platform.processor()), len(calls()))

for said, status in [("unknown\n", 0), ("unknown  \n", 0), ("UNKNOWN\n", 0), ("", 0), ("\n\n", 0),
                     ("cpu\n", 1), ("cpu\n", 255), ("x86_64\n", 0), ("unknown cpu\n", 0)]:
    answer(said, status)
    print(repr(said), status, repr(R("a", "b", "c", "d", "e").processor))

# a value set by hand is kept; nothing is run for it
c = R("a", "b", "c", "d", "e")
c.processor = "mine"
print(c.processor, tuple(c), len(calls()))

# no uname on PATH at all
os.environ["PATH"] = os.path.join(here, "nowhere")
print(repr(R("a", "b", "c", "d", "e").processor))

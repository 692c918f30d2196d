# cwd: tmp
# The directories tempfile tries, and what it says when none can be used.
import os
import tempfile

here = os.getcwd()
for var in ("TMPDIR", "TEMP", "TMP"):
    os.environ.pop(var, None)
os.environ["TEMP"] = "t1"
os.environ["TMP"] = "t2"
lst = tempfile._candidate_tempdir_list()
print(lst[:2], lst[-1] == here, len(lst))
os.environ["TMPDIR"] = ""
print(tempfile._candidate_tempdir_list()[:2])

os.mkdir("ok")
print(os.path.relpath(tempfile._get_default_tempdir(["missing", "ok"]), here))
print(tempfile._get_default_tempdir([os.curdir]))
try:
    tempfile._get_default_tempdir(["missing", "also-missing"])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
print(os.listdir("ok"))

seq = tempfile._RandomNameSequence()
print(iter(seq) is seq, len({next(seq) for i in range(50)}))
print(tempfile._get_candidate_names() is tempfile._get_candidate_names())
print(tempfile._infer_return_type(None, "a", None), tempfile._infer_return_type(b"x"))
print(tempfile._infer_return_type())
try:
    tempfile._infer_return_type("a", b"b")
except TypeError as e:
    print("TypeError:", e)

# cwd: tmp
# The archive registries. tarfile and zipfile are needed by the built-in formats:
# the cases register their own, so that they run wherever those are missing.
import os
import shutil

builtin_archive = dict(shutil.get_archive_formats())
builtin_unpack = {name: exts for name, exts, desc in shutil.get_unpack_formats()}
print(type(shutil.get_archive_formats()).__name__)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)).replace(os.getcwd(), "HERE"))
    except Exception as e:
        print(type(e).__name__, e)


def archiver(base_name, base_dir, **kwargs):
    print("archiver", base_name.replace(here, "HERE"), base_dir, sorted(kwargs.items()), os.getcwd() == here)
    return base_name + ".mine"


here = os.getcwd()
os.mkdir("root")
shutil.register_archive_format("mine", archiver, [("level", 9)], "my own format")
print([f for f in shutil.get_archive_formats() if f[0] not in builtin_archive])
attempt(shutil.make_archive, "out", "mine")
attempt(shutil.make_archive, "out", "mine", base_dir="sub", owner="me", group="us")
attempt(shutil.make_archive, "out", "mine", root_dir="root")
attempt(shutil.make_archive, "out", "mine", root_dir="root", dry_run=True)
archiver.supports_root_dir = True
attempt(shutil.make_archive, "out", "mine", root_dir="root")
open("afile", "w").close()
attempt(shutil.make_archive, "out", "mine", root_dir="afile")
attempt(shutil.make_archive, "out", "mine", root_dir="missing")
attempt(shutil.make_archive, "out", "no-such-format")
shutil.unregister_archive_format("mine")
attempt(shutil.unregister_archive_format, "mine")
attempt(shutil.register_archive_format, "x", 5)
attempt(shutil.register_archive_format, "x", archiver, 5)
attempt(shutil.register_archive_format, "x", archiver, [("a",)])
attempt(shutil.register_archive_format, "x", archiver, [["a", 1]])
shutil.unregister_archive_format("x")


def unpacker(filename, extract_dir, **kwargs):
    print("unpacker", filename, extract_dir == here, sorted(kwargs.items()))


shutil.register_unpack_format("myunpack", [".my", ".mine"], unpacker, [("opt", 1)], "mine")
print([f for f in shutil.get_unpack_formats() if f[0] not in builtin_unpack])
attempt(shutil.unpack_archive, "thing.mine")
attempt(shutil.unpack_archive, "thing.bin", "out", "myunpack")
attempt(shutil.unpack_archive, "thing.my", "out", filter="data")
attempt(shutil.unpack_archive, "thing.unknown-ext")
attempt(shutil.unpack_archive, "thing.my", format="nope")
attempt(shutil.register_unpack_format, "other", [".mine"], unpacker)
attempt(shutil.register_unpack_format, "other", [".oth"], "not callable")
shutil.unregister_unpack_format("myunpack")
attempt(shutil.unregister_unpack_format, "myunpack")
print(sorted(os.listdir(".")))

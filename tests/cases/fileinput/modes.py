# cwd: tmp
# mode, encoding, errors and the open hooks.
import fileinput

with open("latin", "wb") as f:
    f.write(b"caf\xe9\r\nna\xefve\n")
with open("utf", "wb") as f:
    f.write("\u2603 snow\n".encode())

with fileinput.input(["latin", "utf"], mode="rb") as f:
    print(list(f))
with fileinput.input("latin", encoding="latin-1") as f:
    print(list(f))
with fileinput.input("latin", encoding="utf-8", errors="replace") as f:
    print(list(f))
with fileinput.input("latin", encoding="ascii", errors="ignore") as f:
    print(list(f))
try:
    with fileinput.input("latin", encoding="utf-8") as f:
        list(f)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

hook = fileinput.hook_encoded("latin-1")
with fileinput.input("latin", openhook=hook) as f:
    print(list(f))
with fileinput.input("utf", openhook=fileinput.hook_encoded("ascii", "backslashreplace")) as f:
    print(list(f))

calls = []


def my_hook(filename, mode, **kwargs):
    calls.append((filename, mode, sorted(kwargs.items())))
    return open(filename, mode, encoding="latin-1")


with fileinput.input(["latin", "utf"], openhook=my_hook) as f:
    print(len(list(f)))
with fileinput.input("latin", openhook=my_hook, encoding="latin-1", errors="strict") as f:
    list(f)
print(calls)

with fileinput.input("utf", openhook=fileinput.hook_compressed, encoding="utf-8") as f:
    print(list(f))
with fileinput.input("utf", mode="rb", openhook=fileinput.hook_compressed) as f:
    print(list(f))
print(fileinput.hook_compressed("utf", "r", encoding="utf-8").read())


def attempt(*args, **kwargs):
    try:
        fileinput.FileInput(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
    else:
        print("accepted")


attempt("latin", mode="w")
attempt("latin", mode="r+")
attempt("latin", mode="U")
attempt("latin", inplace=True, openhook=hook)
attempt("latin", openhook="not callable")
attempt("latin", mode="rb")

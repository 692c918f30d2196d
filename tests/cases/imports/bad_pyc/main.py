# .pyc files that cannot run: the errors of CPython's loaders (bad magic
# number, a short header, truncated marshal data, not a code object).
for name in ("badmagic", "trunc", "short", "tiny", "notcode", "empty"):
    try:
        __import__("broken." + name)
    except BaseException as e:
        path = getattr(e, "path", None)
        print(name, type(e).__name__, str(e).replace(__file__.rpartition("/")[0], "<here>"), getattr(e, "name", None),
              path and path.replace(__file__.rpartition("/")[0], "<here>"))

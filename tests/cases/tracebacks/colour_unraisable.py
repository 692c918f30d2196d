# "Exception ignored" reports are never coloured; the final traceback is.
# env: FORCE_COLOR=1
class Resource:
    def __del__(self):
        raise RuntimeError("close failed")

r = Resource()
del r
print("after")
raise LookupError("done")

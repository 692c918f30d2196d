# KeyboardInterrupt raised while another exception is being handled is
# chained to it; a `with` block's __exit__ sees it.
# driver: sigint


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__, v.__context__)
        return False


print("ready", flush=True)
with Guard():
    try:
        {}["missing"]
    except KeyError:
        while True:
            pass

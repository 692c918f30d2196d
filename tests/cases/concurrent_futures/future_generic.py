import concurrent.futures as cf
import types

alias = cf.Future[int]
print(alias, type(alias) is types.GenericAlias, alias.__origin__ is cf.Future, alias.__args__)
print(cf.Future[str, bytes], cf.Future[...])
f = alias()
print(type(f).__name__, isinstance(f, cf.Future))


class Tagged(cf.Future):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def set_result(self, result):
        super().set_result((self.tag, result))


t = Tagged('t')
t.add_done_callback(lambda fut: print('callback sees', fut.result()))
t.set_result(1)
print(Tagged[int], repr(t).split(' at ')[0], cf.wait([t]).done == {t})


class NoInit(cf.Future):
    def __init__(self):
        pass


n = NoInit()
for call in (n.done, n.cancel, lambda: repr(n), lambda: n.result(0)):
    try:
        call()
    except AttributeError as e:
        print('AttributeError', e)

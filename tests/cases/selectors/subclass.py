# A selector subclass that filters what select() reports.
import selectors


class OnlyWrites(selectors.SelectSelector):
    def select(self, timeout=None):
        return [(key, ev) for key, ev in super().select(timeout) if ev & selectors.EVENT_WRITE]


with OnlyWrites() as sel:
    print(isinstance(sel, selectors.BaseSelector), type(sel).__mro__[1:])
    sel.register(1, selectors.EVENT_WRITE | selectors.EVENT_READ, data="stdout")
    print([(k.data, ev) for k, ev in sel.select(0)])

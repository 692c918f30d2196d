# Argument checks of PrettyPrinter and the module functions.
import pprint


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


attempt('all bad', lambda: pprint.PrettyPrinter(indent=-1, depth=0, width=0))
attempt('depth+width', lambda: pprint.PrettyPrinter(depth=0, width=0))
attempt('width', lambda: pprint.PrettyPrinter(width=0))
attempt('depth', lambda: pprint.PrettyPrinter(depth=-1))
attempt('indent str', lambda: pprint.PrettyPrinter(indent='x', width='y'))
attempt('width str', lambda: pprint.PrettyPrinter(indent=-1, width='x'))
attempt('depth before indent', lambda: pprint.PrettyPrinter(depth=0,
                                                            indent=-1))
attempt('depth str', lambda: pprint.pformat([1], depth='x'))
attempt('float indent', lambda: pprint.pformat([1, 2, 3], indent=1.5))
attempt('width none', lambda: pprint.pformat([1], width=None))
attempt('positional', lambda: pprint.PrettyPrinter(1, 2, 3, 4, 5))
attempt('pformat kw', lambda: pprint.pformat([1], 1, 80, None, True))
attempt('saferepr', lambda: pprint.saferepr())
attempt('unknown kw', lambda: pprint.pformat([1], colour=True))
attempt('bad stream', lambda: pprint.pprint([1], stream=42))


class Boom:
    def __repr__(self):
        raise RuntimeError('no repr for you')


attempt('repr raises', lambda: pprint.pformat([Boom()]))
attempt('saferepr raises', lambda: pprint.saferepr({'k': Boom()}))

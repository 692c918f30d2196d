"""Redo the builtin repr() (representation) but with limits on most sizes."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
try:
    from _thread import get_ident
except ImportError:
    # One thread per interpreter: every call comes from the same one.
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorate(user_function):
        # (id of the object, thread) for every repr in progress.
        active = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return user_function(self)
            finally:
                active.discard(token)

        for attr in ("__module__", "__doc__", "__name__", "__qualname__",
                     "__annotate__", "__type_params__"):
            try:
                setattr(wrapper, attr, getattr(user_function, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorate


def _in_order(items):
    # Sorted when the items can be compared, so reprs are stable.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _shorten(text, limit, fill):
    # Keep the two ends of text around fill, limit - 3 characters in all
    # (the head one shorter than the tail when they differ).
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


class Repr:
    # The types with a repr_* method of their own, by the module they must
    # come from: a class elsewhere with the same name is not one of them.
    _HOMES = {
        "tuple": "builtins", "list": "builtins", "array": "array",
        "set": "builtins", "frozenset": "builtins", "deque": "collections",
        "dict": "builtins", "str": "builtins", "int": "builtins",
    }

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        # Every keyword becomes an attribute of the same name, in order.
        settings = dict(locals())
        del settings["self"]
        self.__dict__.update(settings)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        cls = type(x)
        # "repr_" + the type's name, its runs of blanks made one "_"
        name = "_".join(cls.__name__.split())
        handler = getattr(self, "repr_" + name, None)
        if handler is not None:
            home = self._HOMES.get(name)
            if home is None or getattr(cls, "__module__", None) == home:
                return handler(x, level)
        return self.repr_instance(x, level)

    # ---- layout of the pieces of a container ----

    def _unit(self):
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f"Repr.indent cannot be negative int (was {unit!r})")
            unit = " " * unit
        try:
            return "" + unit
        except TypeError as exc:
            raise TypeError("Repr.indent must be a str, int or None, "
                            f"not {type(unit)}") from exc

    def _layout(self, pieces, level):
        if self.indent is None:
            return ", ".join(pieces)
        if not pieces:
            return ""
        # One piece per line, indented by how deep the container sits,
        # each followed by a comma; the closing bracket lines up with the
        # opening one.
        unit = self._unit()
        depth = self.maxlevel - level
        inner = unit * (depth + 1)
        lines = "".join(f"{inner}{piece},\n" for piece in pieces)
        return "\n" + lines + unit * depth

    def _bracketed(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            body = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                shown.append(self.fillvalue)
            body = self._layout(shown, level)
            if count == 1 and trail and self.indent is None:
                right = trail + right
        return left + body + right

    # ---- the types with limits of their own ----

    def repr_tuple(self, x, level):
        return self._bracketed(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._bracketed(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._bracketed(x, level, f"array('{x.typecode}', [", '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._bracketed(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._bracketed(_in_order(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._bracketed(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        below = level - 1
        entries = [f"{self.repr1(key, below)}: {self.repr1(x[key], below)}"
                   for key in islice(_in_order(x), self.maxdict)]
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + self._layout(entries, level) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote the two ends of the string together, then cut the quoted
        # form: its escapes stay whole on either side.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        quoted = builtins.repr(x[:head] + x[len(x) - tail:])
        return quoted[:head] + self.fillvalue + quoted[len(quoted) - tail:]

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return _shorten(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr

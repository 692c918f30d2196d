"""Helpers shared by the unittest modules: reprs that never fail, shortened
reprs for failure messages, and element-count differences."""

from collections import Counter, namedtuple
import os.path

__unittest = True

# Limits used when two long reprs are shown side by side.
_MAX_LENGTH, _PLACEHOLDER_LEN = 80, 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _MIN_COMMON_LEN + _MIN_END_LEN
                               + 2 * _PLACEHOLDER_LEN)


def _shorten(text, keep_head, keep_tail):
    dropped = len(text) - keep_head - keep_tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return f"{text[:keep_head]}[{dropped} chars]{text[len(text) - keep_tail:]}"


def _common_shorten_repr(*objects):
    reprs = tuple(safe_repr(o) for o in objects)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    head = os.path.commonprefix(reprs)
    n = len(head)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(head, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(head, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def sorted_list_difference(expected, actual):
    """Given two sorted lists, return (items only in expected, items only in
    actual); repeated items count once."""
    missing, unexpected = [], []
    i, j = 0, 0
    ne, na = len(expected), len(actual)
    while i < ne and j < na:
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < ne and expected[i] == e:
                i += 1
        elif a < e:
            unexpected.append(a)
            while j < na and actual[j] == a:
                j += 1
        else:
            while i < ne and expected[i] == e:
                i += 1
            while j < na and actual[j] == a:
                j += 1
    return missing + expected[i:], unexpected + actual[j:]


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered (both
    lists are consumed)."""
    not_found = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            not_found.append(item)
    return not_found, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for each item whose counts
    differ; items need only support ==."""
    gone = object()
    left, right = list(actual), list(expected)
    found = []

    def take(seq, start, item):
        count = 0
        for k in range(start, len(seq)):
            if seq[k] is not gone and seq[k] == item:
                count += 1
                seq[k] = gone
        return count

    for i, item in enumerate(left):
        if item is gone:
            continue
        a = take(left, i, item)
        b = take(right, 0, item)
        if a != b:
            found.append(_Mismatch(a, b, item))
    for i, item in enumerate(right):
        if item is gone:
            continue
        found.append(_Mismatch(0, take(right, i, item), item))
    return found


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable items."""
    a, b = Counter(actual), Counter(expected)
    found = [_Mismatch(n, b.get(item, 0), item)
             for item, n in a.items() if n != b.get(item, 0)]
    found += [_Mismatch(0, n, item) for item, n in b.items() if item not in a]
    return found

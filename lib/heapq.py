"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

# The heap operations themselves are _heapq's (C).  This module adds what
# is built on them: merge() of sorted inputs, and nsmallest()/nlargest().
#
# Ties: every entry these put on a heap carries a serial number after its
# sort key, so two entries never compare equal and the item itself is never
# compared beyond its key; the numbers grow along the input (fall, where the
# larger items come out first), so equal keys leave in input order.

import _heapq
from _heapq import (heapify, heapify_max, heappop, heappop_max, heappush,
                    heappush_max, heappushpop, heappushpop_max, heapreplace,
                    heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max', 'nlargest', 'nsmallest', 'merge']

# CPython's module keeps its essay in a slightly edited form of _heapq's.
__about__ = (_heapq.__about__
             .replace('event schedule other', 'event schedules other')
             .replace('sequences, which size', 'sequences, whose size')
             .replace('to that.  If, using all the memory available to hold a tournament, you\n'
                      'replace and percolate items that happen to fit the current run, you\'ll\n'
                      'produce runs which are twice the size of the memory for random input,\n'
                      'and much better for input fuzzily ordered.',
                      'to achieve that.  If, using all the memory available to hold a\n'
                      'tournament, you replace and percolate items that happen to fit the\n'
                      'current run, you\'ll produce runs which are twice the size of the\n'
                      'memory for random input, and much better for input fuzzily ordered.'))
del _heapq

# Older names of the max-heap operations, from before they were public.
_heapify_max = heapify_max
_heappop_max = heappop_max
_heappush_max = heappush_max
_heappushpop_max = heappushpop_max
_heapreplace_max = heapreplace_max


# ---- the sifting steps, for programs that reach for them ----------------
# _siftdown lets heap[pos] climb toward startpos while it is smaller than
# its parent; _siftup sends heap[pos] down along the smaller child to a
# leaf, then lets it climb back.  The *_max forms order the other way.

def _siftdown(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos and item < heap[(pos - 1) >> 1]:
        heap[pos] = heap[(pos - 1) >> 1]
        pos = (pos - 1) >> 1
    heap[pos] = item


def _siftup(heap, pos):
    start, size, item = pos, len(heap), heap[pos]
    child = 2 * pos + 1
    while child < size:
        if child + 1 < size and not heap[child] < heap[child + 1]:
            child += 1
        heap[pos], pos = heap[child], child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos and heap[(pos - 1) >> 1] < item:
        heap[pos] = heap[(pos - 1) >> 1]
        pos = (pos - 1) >> 1
    heap[pos] = item


def _siftup_max(heap, pos):
    start, size, item = pos, len(heap), heap[pos]
    child = 2 * pos + 1
    while child < size:
        if child + 1 < size and not heap[child + 1] < heap[child]:
            child += 1
        heap[pos], pos = heap[child], child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, start, pos)


# ---- merge ----------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # One heap entry per input that still has items:
    #     [sort key, serial, current item, the input's iterator]
    # The entry is updated in place as its input advances.
    if reverse:
        build, advance, drop, step = heapify_max, heapreplace_max, heappop_max, -1
    else:
        build, advance, drop, step = heapify, heapreplace, heappop, 1
    fronts = []
    for serial, source in enumerate(iterables):
        source = iter(source)
        for item in source:
            fronts.append([item if key is None else key(item), serial * step, item, source])
            break
    build(fronts)
    while len(fronts) > 1:
        entry = fronts[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            advance(fronts, entry)
            break
        else:
            drop(fronts)
    if fronts:
        # The last input left needs no more comparing.
        _, _, item, source = fronts[0]
        yield item
        yield from source


# ---- nsmallest and nlargest -------------------------------------------------
# Both return sorted(iterable, key=key, reverse=...)[:n]: for n == 1 a
# single min()/max() pass, when n covers all of a sized input a sort, and
# otherwise a heap of the n best items seen so far, with the worst of them
# on top, so that each newcomer is measured against that one item.  Heap
# entries are (sort key, serial, item).

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        nothing = object()
        if key is None:
            best = min(iter(iterable), default=nothing)
        else:
            best = min(iter(iterable), default=nothing, key=key)
        return [] if best is nothing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None  # an iterator, most likely: no shortcut
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]

    items = iter(iterable)
    if key is None:
        kept = [(item, serial, item) for serial, item in zip(range(n), items)]
    else:
        kept = [(key(item), serial, item) for serial, item in zip(range(n), items)]
    if kept:
        heapify_max(kept)
        worst = kept[0][0]
        serial = n
        for item in items:
            k = item if key is None else key(item)
            if k < worst:
                heapreplace_max(kept, (k, serial, item))
                worst = kept[0][0]
            serial += 1
        kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        nothing = object()
        if key is None:
            best = max(iter(iterable), default=nothing)
        else:
            best = max(iter(iterable), default=nothing, key=key)
        return [] if best is nothing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None  # an iterator, most likely: no shortcut
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]

    # serials count down, so that among equal keys the earlier item is the
    # larger entry and stays
    items = iter(iterable)
    if key is None:
        kept = [(item, -serial, item) for serial, item in zip(range(n), items)]
    else:
        kept = [(key(item), -serial, item) for serial, item in zip(range(n), items)]
    if kept:
        heapify(kept)
        worst = kept[0][0]
        serial = -n
        for item in items:
            k = item if key is None else key(item)
            if worst < k:
                heapreplace(kept, (k, serial, item))
                worst = kept[0][0]
            serial -= 1
        kept.sort(reverse=True)
    return [entry[2] for entry in kept]

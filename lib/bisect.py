"""Bisection algorithms."""

# Everything is _bisect's (C); the short names search and insert to the
# right of equal items.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right

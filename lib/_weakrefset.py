# WeakSet: a set whose members are held through weak references.
#
# The members live in `data`, a set of weakref.ref objects; two refs to
# the same live object are equal and hash alike, so a membership test
# only needs a fresh ref to the candidate.  When a member dies, the
# callback of its ref takes the ref out of `data` -- unless an iteration
# is running over `data`, in which case the dead ref is remembered and
# dropped once the last iteration ends (a set must not change size
# under a running iterator).

from _weakref import ref
from itertools import chain as itertools_chain
GenericAlias = type(list[int])

__all__ = ['WeakSet']


def _dead_member_callback(owner_ref):
    # Built outside the class so that the callback holds the set only
    # weakly: a WeakSet nobody uses can still be freed.
    def forget(member_ref):
        owner = owner_ref()
        if owner is None:
            return
        if owner._walkers:
            owner._graveyard.append(member_ref)
        else:
            owner.data.discard(member_ref)
    return forget


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._walkers = 0
        self._graveyard = []
        self._forget = _dead_member_callback(ref(self))
        if data is not None:
            self.update(data)

    # -- bookkeeping for iterations in progress -------------------------

    def _bury(self):
        # Drops the refs that died while an iteration was running.
        graves, self._graveyard = self._graveyard, []
        for member_ref in graves:
            self.data.discard(member_ref)

    def _settle(self):
        if self._graveyard and not self._walkers:
            self._bury()

    def __iter__(self):
        self._walkers += 1
        try:
            for member_ref in self.data:
                member = member_ref()
                if member is not None:
                    yield member
        finally:
            self._walkers -= 1
            self._settle()

    def _ref_to(self, item):
        return ref(item, self._forget)

    # -- queries --------------------------------------------------------

    def __len__(self):
        return len(self.data) - len(self._graveyard)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    __class_getitem__ = classmethod(GenericAlias)

    # -- changes --------------------------------------------------------

    def add(self, item):
        self._settle()
        self.data.add(self._ref_to(item))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._settle()
        while True:
            try:
                member_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = member_ref()
            if member is not None:
                return member

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    # -- set algebra: results are new WeakSets of the same class ---------

    def _refs_of(self, items):
        return {ref(item) for item in items}

    def _derived(self, members):
        return self.__class__(members)

    def difference(self, other):
        if other is self:
            return self._derived(())
        excluded = self._refs_of(other)
        return self._derived(r() for r in self.data - excluded if r() is not None)

    def difference_update(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs_of(other))

    def intersection(self, other):
        return self._derived([item for item in other if item in self])

    def intersection_update(self, other):
        self._settle()
        self.data.intersection_update(self._refs_of(other))

    def union(self, other):
        return self._derived(itertools_chain(self, other))

    def symmetric_difference(self, other):
        twin = self.copy()
        twin.symmetric_difference_update(other)
        return twin

    def symmetric_difference_update(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                {ref(item, self._forget) for item in other})

    # -- comparisons: subset tests take any iterable, == only WeakSets ---

    def issubset(self, other):
        return self.data.issubset(self._refs_of(other))
    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs_of(other))
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs_of(other)

    __hash__ = None

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # the operator forms: the binary ones are the methods, the in-place
    # ones return the set itself
    __sub__ = difference
    __and__ = intersection
    __or__ = union
    __xor__ = symmetric_difference

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

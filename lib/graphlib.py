__all__ = ["TopologicalSorter", "CycleError"]

GenericAlias = type(list[int])


class CycleError(ValueError):
    """Subclass of ValueError raised by TopologicalSorter.prepare if cycles
    exist in the working graph.

    If multiple cycles exist, only one undefined choice among them will be reported
    and included in the exception. The detected cycle can be accessed via the second
    element in the *args* attribute of the exception instance and consists in a list
    of nodes, such that each node is, in the graph, an immediate predecessor of the
    next node in the list. In the reported list, the first and the last node will be
    the same, to make it clear that it is cyclic.
    """
    pass


class _Vertex:
    # What the sorter knows of one node: how many of its predecessors are
    # still unfinished (an edge given twice counts twice), the nodes that
    # wait on it, and where it stands in the sort.
    __slots__ = ('waiting_on', 'followers', 'stage')

    # Stages: not yet handed out, handed out by get_ready(), marked done().
    PENDING, HANDED_OUT, FINISHED = 0, 1, 2

    def __init__(self):
        self.waiting_on = 0
        self.followers = []
        self.stage = _Vertex.PENDING


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._vertices = {}          # node -> _Vertex, in order of appearance
        self._queue = None           # ready nodes not yet handed out
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        found = self._vertices.get(node)
        if found is None:
            found = self._vertices[node] = _Vertex()
        return found

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph.

        Both the *node* and all elements in *predecessors* must be hashable.

        If called multiple times with the same node argument, the set of dependencies
        will be the union of all dependencies passed in.

        It is possible to add a node with no dependencies (*predecessors* is not provided)
        as well as provide a dependency twice. If a node that has not been provided before
        is included among *predecessors* it will be automatically added to the graph with
        no predecessors of its own.

        Raises ValueError if called after "prepare".
        """
        if self._queue is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        target.waiting_on += len(predecessors)
        for before in predecessors:
            self._vertex(before).followers.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph.

        If any cycle is detected, "CycleError" will be raised, but "get_ready" can
        still be used to obtain as many nodes as possible until cycles block more
        progress. After a call to this function, the graph cannot be modified and
        therefore no more nodes can be added using "add".

        Raise ValueError if nodes have already been passed out of the sorter.

        """
        if self._handed_out:
            raise ValueError("cannot prepare() after starting sort")
        if self._queue is None:
            self._queue = [node for node, vertex in self._vertices.items()
                           if vertex.waiting_on == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready.

        Initially it returns all nodes with no predecessors; once those are marked
        as processed by calling "done", further calls will return all new nodes that
        have all their predecessors already processed. Once no more progress can be made,
        empty tuples are returned.

        Raises ValueError if called without calling "prepare" previously.
        """
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._queue)
        self._queue.clear()
        for node in batch:
            self._vertices[node].stage = _Vertex.HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Return ``True`` if more progress can be made and ``False`` otherwise.

        Progress can be made if cycles do not block the resolution and either there
        are still nodes ready that haven't yet been returned by "get_ready" or the
        number of nodes marked "done" is less than the number that have been returned
        by "get_ready".

        Raises ValueError if called without calling "prepare" previously.
        """
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        return bool(self._queue) or self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by "get_ready" as processed.

        This method unblocks any successor of each node in *nodes* for being returned
        in the future by a call to "get_ready".

        Raises ValueError if any node in *nodes* has already been marked as
        processed by a previous call to this method, if a node was not added to the
        graph by using "add" or if called without calling "prepare" previously or if
        node has not yet been returned by "get_ready".
        """
        if self._queue is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if vertex.stage == _Vertex.PENDING:
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            if vertex.stage == _Vertex.FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            vertex.stage = _Vertex.FINISHED
            self._finished += 1
            for follower in vertex.followers:
                waiting = self._vertices[follower]
                waiting.waiting_on -= 1
                if waiting.waiting_on == 0:
                    self._queue.append(follower)

    def _find_cycle(self):
        # Depth-first walk along the "followers" edges, starting from each
        # node in order of appearance.  'path' is the chain being explored
        # and 'cursors' the position reached in each of its follower lists;
        # meeting a node of the chain again closes a cycle.
        explored = set()
        for start in self._vertices:
            if start in explored:
                continue
            path = [start]
            on_path = {start: 0}
            cursors = [0]
            while path:
                followers = self._vertices[path[-1]].followers
                position = cursors[-1]
                if position == len(followers):
                    finished = path.pop()
                    cursors.pop()
                    del on_path[finished]
                    explored.add(finished)
                    continue
                cursors[-1] = position + 1
                nxt = followers[position]
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in explored:
                    continue
                on_path[nxt] = len(path)
                path.append(nxt)
                cursors.append(0)
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order.

        The particular order that is returned may depend on the specific
        order in which the items were inserted in the graph.

        Using this method does not require to call "prepare" or "done". If any
        cycle is detected, :exc:`CycleError` will be raised.
        """
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)

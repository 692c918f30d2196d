# A Queue subclass that replaces the storage hooks.
import queue


class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


q = SetQueue(maxsize=4)
for x in [1, 2, 1, 3, 2]:
    q.put(x)
print(q.queue, q.qsize(), q.full(), q.unfinished_tasks)
print(q.get(), q.get(), q.qsize())


class Logged(queue.LifoQueue):
    def put(self, item, block=True, timeout=None):
        print("put", item)
        super().put(item, block, timeout)


lq = Logged()
lq.put("a")
lq.put("b")
print(lq.get())
with q.mutex:
    q.queue.clear()
print(q.empty())

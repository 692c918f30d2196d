# stdin is /dev/null in the test runs: always readable, not for epoll.
import select
import selectors

print(select.select([0], [], [], 0))
p = select.poll()
p.register(0, select.POLLIN)
print(p.poll(0))
e = select.epoll()
try:
    e.register(0, select.EPOLLIN)
except OSError as ex:
    print(type(ex).__name__, ex)
e.close()
for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    with cls() as sel:
        try:
            sel.register(0, selectors.EVENT_READ, "stdin")
            print(cls.__name__, [(k.data, ev) for k, ev in sel.select(0)])
        except OSError as ex:
            print(cls.__name__, type(ex).__name__, ex, len(sel.get_map()))

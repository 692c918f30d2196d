# The order a SubprocessProtocol hears of pipes closing and the exit, when
# the child spaces them out in time.
import asyncio


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        print('connection_made')

    def pipe_data_received(self, fd, data):
        print('pipe_data_received', fd, data)

    def pipe_connection_lost(self, fd, exc):
        print('pipe_connection_lost', fd, exc)

    def process_exited(self):
        print('process_exited', self.transport.get_returncode())

    def connection_lost(self, exc):
        print('connection_lost', exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    script = ('exec 2>&-; sleep 0.1; exec 0<&-; sleep 0.3; echo x; sleep 0.1; '
              'echo y; exec >&-; sleep 0.1; exit 3')
    done = loop.create_future()
    transport, _ = await loop.subprocess_shell(lambda: Recorder(done), script)
    await done
    print(transport.get_returncode())
    transport.close()

    # The exit first, the output pipe later (a grandchild holds it).
    done = loop.create_future()
    transport, _ = await loop.subprocess_shell(
        lambda: Recorder(done), '(sleep 0.2; echo late) & exit 4', stdin=None, stderr=None)
    await done
    transport.close()

asyncio.run(main())

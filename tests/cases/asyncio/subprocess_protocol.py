# loop.subprocess_exec/subprocess_shell with a SubprocessProtocol of our own.
import asyncio


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b'', 2: b''}

    def connection_made(self, transport):
        self.events.append('connection_made')
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(f'pipe_connection_lost {fd} {exc}')

    def process_exited(self):
        self.events.append(f'process_exited {self.transport.get_returncode()}')

    def connection_lost(self, exc):
        self.events.append(f'connection_lost {exc}')
        self.done.set_result(None)


async def one(make):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await make(lambda: Recorder(done))
    print(type(transport).__mro__[-3].__name__, transport.get_protocol() is protocol)
    print(isinstance(transport, asyncio.SubprocessTransport), transport.is_closing())
    await done
    events = protocol.events
    # The pipes and the exit may come in any order; connection_lost is last.
    print(events[0], sorted(events[1:-1]), events[-1])
    print(protocol.data, transport.get_returncode())
    print(transport.get_pipe_transport(3), transport.is_closing())
    transport.close()
    print(transport.is_closing())


async def main():
    loop = asyncio.get_running_loop()
    await one(lambda f: loop.subprocess_exec(f, '/bin/sh', '-c', 'echo out; echo err >&2; exit 5',
                                             stdin=None))
    await one(lambda f: loop.subprocess_shell(f, 'printf abc', stdin=None, stderr=None))
    await one(lambda f: loop.subprocess_shell(f, b'exit 2', stdin=None, stdout=None, stderr=None))

asyncio.run(main())

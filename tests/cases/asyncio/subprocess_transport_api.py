# The subprocess transport: pids, pipe transports, reprs, close() kills.
import asyncio
import re
import subprocess


def tidy(text):
    return re.sub(r'\d+', 'N', text)


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        asyncio.SubprocessProtocol, '/bin/sleep', '30')
    pid = transport.get_pid()
    print(isinstance(pid, int), transport.get_returncode())
    popen = transport.get_extra_info('subprocess')
    print(type(popen) is subprocess.Popen, popen.pid == pid)
    for fd in range(4):
        pipe = transport.get_pipe_transport(fd)
        print(fd, type(pipe).__name__, tidy(repr(pipe)))
    print(tidy(repr(transport)))
    stdin = transport.get_pipe_transport(0)
    print(stdin.get_write_buffer_size(), stdin.can_write_eof(), stdin.is_closing())
    print(stdin.get_extra_info('pipe') is popen.stdin)
    stdout = transport.get_pipe_transport(1)
    print(stdout.is_reading(), stdout.get_extra_info('pipe') is popen.stdout)
    stdout.pause_reading()
    print(stdout.is_reading(), tidy(repr(stdout)))
    stdout.resume_reading()
    print(stdout.is_reading(), tidy(repr(stdout)))
    transport.close()
    print(transport.is_closing(), tidy(repr(transport)))
    rc = await transport._wait()
    print(rc, transport.get_returncode(), popen.returncode)
    transport.close()
    await asyncio.sleep(0)
    print(tidy(repr(stdin)), tidy(repr(stdout)))

asyncio.run(main())

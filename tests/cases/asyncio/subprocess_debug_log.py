# Debug mode logs children started and pipes connected (pids and
# descriptors replaced, they differ between runs).
import asyncio
import logging
import os
import re
import sys
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


class Tidy(logging.Formatter):
    def format(self, record):
        text = re.sub(r' at 0x[0-9a-f]+', '', super().format(record))
        return re.sub(r'\d+', 'N', text)


def steady(record):
    # A child's pipes close as it dies: in what order is up to the system.
    message = record.getMessage()
    return 'closed by peer' not in message and 'exited with' not in message


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Tidy('%(levelname)s %(message)s'))
handler.addFilter(steady)
logging.getLogger('asyncio').addHandler(handler)
logging.getLogger('asyncio').setLevel(logging.DEBUG)


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 1000
    proc = await asyncio.create_subprocess_exec('/bin/sleep', '30', stdin=PIPE, stdout=PIPE,
                                                stderr=STDOUT)
    print('started')
    proc.kill()
    await proc.wait()
    proc = await asyncio.create_subprocess_shell('sleep 30', stdout=DEVNULL)
    proc.kill()
    await proc.wait()
    r, w = os.pipe()
    t1, _ = await loop.connect_read_pipe(asyncio.Protocol, os.fdopen(r, 'rb'))
    t2, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, os.fdopen(w, 'wb'))
    t2.close()
    await asyncio.sleep(0.05)
    t1.close()
    t, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                               local_addr=('127.0.0.1', 0))
    t.close()
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)

# with and async with statements
import dis


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def use(path):
    with Ctx() as c, Ctx():
        print(c)
    return path


async def ause(m):
    async with m as x:
        return x


dis.dis(use)
dis.dis(ause)

class Res:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit sees", t.__name__)
        return None

async def main():
    async with Res():
        x = {}["missing"]

main().send(None)

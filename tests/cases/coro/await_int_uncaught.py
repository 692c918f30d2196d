async def main():
    value = 42
    return await value

main().send(None)

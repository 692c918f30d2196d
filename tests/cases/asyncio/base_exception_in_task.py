import asyncio

async def exits():
    await asyncio.sleep(0)
    raise SystemExit(7)

async def main():
    t = asyncio.create_task(exits())
    kept.append(t)
    await asyncio.sleep(0.01)
    print('not reached')

kept = []
try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code, kept[0].exception() is e)

async def interrupts():
    raise KeyboardInterrupt

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(interrupts())
except KeyboardInterrupt:
    print('KeyboardInterrupt escapes run_until_complete')
print(loop.is_running())
loop.close()

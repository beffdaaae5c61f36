# pyvm: unsupported
# async def coroutines driven by hand (no asyncio).
async def compute(x):
    return x * 2
async def main():
    a = await compute(3)
    b = await compute(a)
    return a + b
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)

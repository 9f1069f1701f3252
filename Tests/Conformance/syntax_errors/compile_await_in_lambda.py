async def main():
    handler = lambda: await fetch()

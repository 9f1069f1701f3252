def read(lock):
    async with lock:
        pass

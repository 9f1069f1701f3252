while True:
    class Step:
        continue

for i in range(3):
    def stop():
        break

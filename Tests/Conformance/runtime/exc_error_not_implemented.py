def todo():
    raise NotImplementedError("later")

print(issubclass(NotImplementedError, RuntimeError))
todo()

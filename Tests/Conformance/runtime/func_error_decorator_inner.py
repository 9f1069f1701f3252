def checked(func):
    def wrapper(n):
        if n < 0:
            raise ValueError("negative input: " + str(n))
        return func(n)
    return wrapper

@checked
def root(n):
    return n ** 0.5

print(root(16))
print(root(-4))

# An exception group that nobody handles is printed with its nested
# tracebacks in boxes.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n


errors = []
for n in range(4):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
print(len(errors), "failures")
raise ExceptionGroup("some tasks failed", errors)

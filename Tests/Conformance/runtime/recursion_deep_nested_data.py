nested = []
for _ in range(50):
    nested = [nested]
def count(x):
    return 0 if not x else 1 + count(x[0])
print(count(nested))
print(str(nested)[:10], len(str(nested)))

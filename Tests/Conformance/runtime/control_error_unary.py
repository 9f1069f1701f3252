x = "text"
print(-len(x))
print(+5, -(-5), ~5, not x)
print(-True, -2.5)
print(-x)

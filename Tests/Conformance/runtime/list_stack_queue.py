stack = []
for item in "abc":
    stack.append(item)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
while queue:
    print("dequeue", queue.pop(0), queue)

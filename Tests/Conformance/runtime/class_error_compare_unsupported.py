# Sorting objects that define no ordering.
class Task:
    def __init__(self, priority):
        self.priority = priority


tasks = [Task(3), Task(1), Task(2)]
print([t.priority for t in sorted(tasks, key=lambda t: t.priority)])
sorted(tasks)

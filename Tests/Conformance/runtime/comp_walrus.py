data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print([m for s in ["a1", "bb", "c3"] if (m := s[-1]).isdigit()])

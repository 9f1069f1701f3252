count = 3
print("count: " + str(count))
print(f"count: {count}")
print("count:", count)
print("count: " + count)

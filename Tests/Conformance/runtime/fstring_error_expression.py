data = {"a": 1}
print(f"value: {data['a']}")
print(f"value: {data.get('b', 0)}")
print(f"keys: {list(data)}")
print(f"value: {data['b']}")

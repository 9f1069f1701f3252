data = {"users": {"ann": {"age": 31}}}
print(data["users"]["ann"]["age"])
print(list(data["users"]))
print(data["users"].get("bob", {}).get("age"))
print(data["users"]["bob"]["age"])

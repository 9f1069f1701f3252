records = [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}]
print(len(records))
for r in records:
    print(r["id"], len(r["tags"]))
for r in records:
    print(r["id"], r["tags"][0])

def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')} invalid", problems)
    return True

print(validate({"id": 1, "name": "ok", "age": 3}))
validate({"id": 2, "name": "", "age": "3"})

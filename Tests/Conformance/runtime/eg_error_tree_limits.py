# CPython shows at most 15 members of a group and 10 levels of nesting
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
deep = KeyError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
last = ExceptionGroup("last", [TypeError("t"), ExceptionGroup("nested last", [OSError("o")])])
raise ExceptionGroup("limits", [wide, deep, last])

print(0 or "default", "value" or "default", None or 0 or [])
print(1 and 2, 0 and 2, [] and "x", "a" and "b" and "c")
print(not 0, not "x", not not [1])
def t(label, result):
    print("called", label)
    return result
print(t("A", False) and t("B", True))
print(t("A", True) or t("B", True))
print(t("A", 0) or t("B", "") or t("C", "last"))

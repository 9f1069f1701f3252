def total(rows):
    return (
        rows[0]
        + rows[1]
        + rows[2]
    )

print(total([1, 2, 3]))
print(total([1, 2, "3"]))

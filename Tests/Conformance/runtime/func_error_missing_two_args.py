def box(w, h, d):
    return w * h * d

print(box(1, 2, 3))
print(box(*[2, 2], d=2))
box(1)

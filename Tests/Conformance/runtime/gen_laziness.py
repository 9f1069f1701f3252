def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i

g = noisy(3)
print("created")
for v in g:
    print("consumed", v)
    if v == 1:
        break
print("after break", next(g))
gen_exp = (print("eval", x) or x for x in range(2))
print("gen expression made")
print(list(gen_exp))

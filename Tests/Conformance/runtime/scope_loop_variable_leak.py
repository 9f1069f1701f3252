for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
while False:
    k = 1
print("k" in dir())
if True:
    block_var = "visible"
print(block_var)

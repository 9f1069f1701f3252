ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"])
source = "x = 1\ny = x + undefined_name\n"
exec(source)

# comment Ã(
x = 1

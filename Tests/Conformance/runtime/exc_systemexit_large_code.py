import sys
code = 256 + 7
print("exit status is taken modulo 256:", code % 256)
sys.stdout.flush()
sys.exit(code)

import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
print(type(sys.argv).__name__, sys.argv[1:])
print(sys.argv[0].split("/")[-1])

import sys
print(len(sys.argv))
print(sys.argv[1:], sys.argv[-1].endswith(".py"))
args = sys.argv[1:] or ["default"]
print(args)
filename = sys.argv[1]

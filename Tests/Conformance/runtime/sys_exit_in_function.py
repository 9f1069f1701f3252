import sys
def main():
    for i in range(5):
        if i == 2:
            print("stopping at", i)
            sys.exit(9)
        print("i =", i)
main()
print("unreachable")

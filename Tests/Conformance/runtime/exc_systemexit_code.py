def main():
    print("about to exit with 3")
    raise SystemExit(3)

main()
print("not reached")

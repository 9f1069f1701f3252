squares = {1: 1, 2: 4, 3: 9}
print(squares[3])
print(squares.get(4), 4 in squares)
n = 4
print(squares[n])

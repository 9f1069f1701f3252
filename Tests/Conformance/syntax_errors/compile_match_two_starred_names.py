match [1, 2, 3]:
    case [first, *a, *b]:
        pass

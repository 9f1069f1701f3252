match {}:
    case {"id": 1, "name": n, "id": 2}:
        pass

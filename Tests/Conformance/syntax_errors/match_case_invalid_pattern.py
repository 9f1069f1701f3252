match x:
    case f():
        pass
    case 1 + :
        pass

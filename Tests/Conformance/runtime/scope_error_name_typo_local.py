def compute():
    result_value = 42
    return result_valu

compute()

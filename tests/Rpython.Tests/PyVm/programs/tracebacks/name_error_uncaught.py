# NameError for a misspelt name.
def compute():
    total = 0
    for i in range(3):
        total += i
    return grand_sum_of_all

compute()

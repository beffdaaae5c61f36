# A helper module with module-level state.
count = 0

def bump():
    global count
    count += 1
    return count

# An exception escaping after a finally block ran.
def work():
    try:
        print("working")
        return 1 // 0
    finally:
        print("cleanup")

work()

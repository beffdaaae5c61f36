# A helper whose main block only runs when executed as a script.
def helper():
    return "helper called"

if __name__ == "__main__":
    print("this does not print when imported")

# __name__ is "__main__" in the program and the module's name in imported modules.
import _mainguard
print(__name__, _mainguard.__name__, _mainguard.helper())
if __name__ == "__main__":
    print("main block runs")

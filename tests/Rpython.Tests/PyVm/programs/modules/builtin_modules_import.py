# The builtin modules math, sys and time import with all import forms.
import math
import sys as system
from math import sqrt, floor as fl
from time import time
print(math.sqrt(16), sqrt(2) == math.sqrt(2), fl(2.7), system.argv[0])
print(type(time()).__name__, callable(time))
print("math" in system.modules, "sys" in system.modules)

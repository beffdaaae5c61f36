# sys.exit() and sys.exit(0) exit successfully; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print("exiting now")
sys.exit(0)
print("never")

# pyvm: unsupported
# Standard library modules other than math, sys and time are not part of the VM.
import json
import collections
print(json.dumps({"a": [1, 2]}))
print(collections.Counter("hello").most_common(1))

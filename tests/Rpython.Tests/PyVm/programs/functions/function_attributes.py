# Functions are objects: __name__, __doc__, attributes, identity, passing around.
def documented(a, b):
    """Adds two things."""
    return a + b

print(documented.__name__, documented.__doc__)
documented.tag = "math"
print(documented.tag, callable(documented), callable(3))
alias = documented
print(alias(2, 3), alias is documented, alias.__name__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc())
print(type(nodoc).__name__, (lambda: 0).__name__)

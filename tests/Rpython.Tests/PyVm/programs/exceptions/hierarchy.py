# The builtin exception hierarchy: issubclass relations and catching by base.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (LookupError, Exception), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (StopIteration, Exception),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
         (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
         (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])

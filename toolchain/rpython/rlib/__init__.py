"""rpython.rlib: the RPython library user interpreters import; runs untranslated on CPython."""

#!/usr/bin/env python3
"""Re-bless the parser's golden dumps: for every tests/Rpython.Tests/Syntax/cases/*.py,
write <name>.py.ast beside it, holding CPython's AST in astdump's normalised form."""
import ast
import glob
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import astdump  # noqa: E402

warnings.simplefilter("ignore")  # SyntaxWarnings the cases provoke on purpose
CASES = os.path.normpath(os.path.join(HERE, "..", "Rpython.Tests", "Syntax", "cases"))

for path in sorted(glob.glob(os.path.join(CASES, "*.py"))):
    with open(path, "rb") as f:
        text = astdump.dump(ast.parse(f.read(), path))
    with open(path + ".ast", "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print(os.path.relpath(path + ".ast"))

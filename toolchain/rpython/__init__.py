"""The RPython package: the Python-side library that RPython programs import (see rlib/)."""

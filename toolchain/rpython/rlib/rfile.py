"""Simple I/O for interpreters: read a whole file, write to stdout/stderr, read stdin lines.

This module runs untranslated on CPython, on file descriptors 0, 1 and 2 through
``os.read``/``os.write`` -- no Python-level buffering -- so the bytes a program writes,
and when, are those of the translated program.  The translator maps each function to the
runtime's I/O routines.  Text is UTF-8 both ways; bytes that are not valid UTF-8 read as
U+FFFD, and characters that cannot be encoded (lone surrogates) are written as '?'.

Functions:

* ``read_file(path) -> str``: the whole file (a leading byte-order mark is kept);
* ``write_stdout(s)``, ``write_stderr(s)``: write all of ``s`` now;
* ``read_stdin_line() -> str``: the next line of stdin with its ``'\\n'``, ``''`` at end
  of input (a last line without ``'\\n'`` comes back without one);
* ``read_stdin_byte() -> int``: the next byte of stdin (0..255), -1 at end of input;
* ``flush_stdout()``: make sure everything written to stdout is out.

Programs may also use ``os.read(fd, n) -> bytes`` and ``os.write(fd, data_bytes) -> int``
directly (``bytes`` index to ints, as in Python 3; ``s.encode()``/``b.decode()`` convert).
"""

import os
import sys

_CHUNK = 65536
_ENCODING = 'utf-8'


def read_file(path):
    """Return the contents of the file at ``path``, decoded from UTF-8 (OSError if it
    cannot be read)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = []
        while True:
            data = os.read(fd, _CHUNK)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return b''.join(chunks).decode(_ENCODING, 'replace')


def _write_all(fd, s):
    if not isinstance(s, str):
        raise TypeError("expected a str, got %s" % (type(s).__name__,))
    rest = memoryview(s.encode(_ENCODING, 'replace'))
    while rest:
        # os.write may write only part of the data (pipes, signals): loop until done.
        rest = rest[os.write(fd, rest):]


def write_stdout(s):
    """Write the string ``s`` to standard output (file descriptor 1)."""
    # print() goes through sys.stdout's buffer: empty it first so the order of a
    # program's output stays the order of its calls.
    _flush(sys.stdout)
    _write_all(1, s)


def write_stderr(s):
    """Write the string ``s`` to standard error (file descriptor 2)."""
    _flush(sys.stderr)
    _write_all(2, s)


def flush_stdout():
    """Make sure all output written so far has reached standard output."""
    # write_stdout does not buffer; print() does.
    _flush(sys.stdout)


def _flush(stream):
    if stream is not None:      # None when Python runs without a console
        stream.flush()


def read_stdin_line():
    """Read one line from standard input: the line with its ``'\\n'``, or ``''`` at the end."""
    # One byte at a time: reading ahead would take input away from a later os.read(0, n).
    data = bytearray()
    while True:
        byte = os.read(0, 1)
        if not byte:
            break
        data += byte
        if byte == b'\n':
            break
    return data.decode(_ENCODING, 'replace')


def read_stdin_byte():
    """Read one byte from standard input: its value (0..255), or -1 at the end of input."""
    data = os.read(0, 1)
    return data[0] if data else -1

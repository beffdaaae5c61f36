"""File I/O through the os functions: os.open with the O_* flags, os.write, os.read until the end,
os.close, appending, rfile.read_file of what was written, and OSError for a file that is missing."""
import os

from rpython.rlib.rfile import read_file, write_stdout

PATH = "os_file_io.tmp"


def write_text(path, text, flags):
    fd = os.open(path, flags, 0o644)
    written = os.write(fd, text.encode())
    os.close(fd)
    return written


def read_all(path):
    fd = os.open(path, os.O_RDONLY)
    chunks = []
    while True:
        data = os.read(fd, 7)
        if len(data) == 0:
            break
        chunks.append(data.decode())
    os.close(fd)
    return "".join(chunks)


def entry_point(argv):
    n = write_text(PATH, "first line\nsecond line\n", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    write_stdout("wrote %d bytes\n" % n)
    n = write_text(PATH, "appended: caf\u00e9\n", os.O_WRONLY | os.O_APPEND)
    write_stdout("appended %d bytes\n" % n)
    text = read_all(PATH)
    write_stdout("read %d characters back:\n%s" % (len(text), text))
    write_stdout("read_file agrees: %s\n" % ("yes" if read_file(PATH) == text else "no"))
    write_text(PATH, "short\n", os.O_WRONLY | os.O_TRUNC)
    write_stdout("after truncation: %s" % read_all(PATH))
    try:
        os.open(PATH + ".missing", os.O_RDONLY)
        write_stdout("opened a missing file?\n")
    except OSError:
        write_stdout("OSError for a missing file\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

"""Module docstring
spanning lines."""
'''a second string statement is just an expression'''


def f():
    """Function docstring."""


def g():
    'single quoted'
    return 1


def h():
    r"""raw \n docstring"""
    u"""unicode prefix"""


def k():
    "implicitly" " concatenated" \
    " docstring"


class C:
    """Class docstring."""

    def m(self):
        b"""bytes are not docstrings"""
        f"""f-strings are not docstrings {self}"""


async def a():
    """Async docstring"""
    await x


class D:
    x = 1
    """not first: an ordinary expression statement"""


def only_doc(): "on the same line"


class E: '''also same line'''; pass

# A module whose globals another module changes (global_caches.py).
level = 1


def get_level():
    return level


def set_level(v):
    global level
    level = v

class Lock(object):
    def __init__(self):
        self.held = False

    def __enter__(self):
        self.held = True
        return self

    def __exit__(self, etype, evalue, tb):
        self.held = False


def cleanup(log):
    log.append(0)


def guarded(log, x):
    try:
        if x < 0:
            return -1
        log.append(x)
    finally:
        cleanup(log)
    return x


def loop_with_finally(log, n):
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 5:
                break
        finally:
            log.append(i)
    return len(log)


def locked(lock, x):
    with lock as held:
        return x + 1

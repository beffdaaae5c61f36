class Buffer(object):
    def __init__(self):
        self.data = []

    def write(self, text, times):
        for i in range(times):
            self.data.append(text)


def entry_point(argv):
    b = Buffer()
    b.write("x")
    return len(b.data)

def area(width, height):
    return width * height


def entry_point(argv):
    sizes = {"width": 3, "height": len(argv)}
    return area(**sizes)

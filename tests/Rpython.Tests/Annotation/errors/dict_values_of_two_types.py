def entry_point(argv):
    config = {}
    config["width"] = 80
    config["title"] = argv[0]
    return len(config)

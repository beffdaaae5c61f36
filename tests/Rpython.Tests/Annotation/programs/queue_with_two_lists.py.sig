entry_point(argv: list(str(no_nul))) -> int(nonneg)
Queue.__init__(self: instance of queue_with_two_lists.Queue) -> None
Queue.put(self: instance of queue_with_two_lists.Queue, item: str(no_nul)) -> None
Queue.get(self: instance of queue_with_two_lists.Queue) -> str(no_nul)
Queue.size(self: instance of queue_with_two_lists.Queue) -> int(nonneg)
class queue_with_two_lists.Queue:
    inbox: list(str(no_nul), resizable)
    outbox: list(str(no_nul), resizable)

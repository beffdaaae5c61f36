entry_point(argv: list(str(no_nul))) -> int
Resource.__init__(self: instance of try_finally_cleanup.Resource) -> None
use(resource: instance of try_finally_cleanup.Resource, n: int(nonneg)) -> int(nonneg)
Resource.acquire(self: instance of try_finally_cleanup.Resource) -> None
risky(n: int(nonneg)) -> int(nonneg)
Resource.release(self: instance of try_finally_cleanup.Resource) -> None
class try_finally_cleanup.Resource:
    log: list(str(no_nul) = 'released', resizable)
    open_count: int

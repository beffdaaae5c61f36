entry_point(argv: list(str(no_nul))) -> int(nonneg)
Counter.bump(self: instance of prebuilt_instances.Counter) -> int(nonneg)
class prebuilt_instances.Counter:
    count: int(nonneg)
class prebuilt_instances.Config:
    limit: int(nonneg) = 10
    verbose: bool = False

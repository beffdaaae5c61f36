entry_point(argv: list(str(no_nul))) -> int(nonneg)
Logger.__init__(self: instance of method_override_base_call.Logger) -> None
PrefixLogger.__init__(self: instance of method_override_base_call.PrefixLogger, prefix: str(no_nul)) -> None
Logger.log(self: instance of method_override_base_call.Logger, message: str(no_nul)) -> None
Logger.format(self: instance of method_override_base_call.Logger, message: str(no_nul)) -> str(no_nul)
PrefixLogger.format(self: instance of method_override_base_call.PrefixLogger, message: str(no_nul)) -> str(no_nul)
UpperLogger.format(self: instance of method_override_base_call.UpperLogger, message: str(no_nul)) -> str
class method_override_base_call.Logger:
    lines: list(str, resizable)
class method_override_base_call.PrefixLogger(method_override_base_call.Logger):
    prefix: str(no_nul)
class method_override_base_call.UpperLogger(method_override_base_call.PrefixLogger):

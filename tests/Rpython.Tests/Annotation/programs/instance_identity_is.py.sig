entry_point(argv: list(str(no_nul))) -> int(nonneg)
count_lines(words: list(str(no_nul))) -> int(nonneg)
next_token(words: list(str(no_nul)), i: int(nonneg)) -> instance of instance_identity_is.Token
Token.__init__(self: instance of instance_identity_is.Token, name: str(no_nul)) -> None
class instance_identity_is.Token:
    name: str(no_nul)

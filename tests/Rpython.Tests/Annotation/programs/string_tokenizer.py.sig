entry_point(argv: list(str(no_nul))) -> int(nonneg)
tokenize(source: str(no_nul) = 'x1 = 42 + y * 7') -> list(instance of string_tokenizer.Token, resizable)
Token.__init__(self: instance of string_tokenizer.Token, kind: str(no_nul), text: str(no_nul)) -> None
class string_tokenizer.Token:
    kind: str(no_nul)
    text: str(no_nul)

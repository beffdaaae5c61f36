entry_point(argv: list(str(no_nul))) -> int
expand_template(template: str(no_nul) = 'hello {who}, [inner] {who}', name: str(no_nul) = 'who', value: str(no_nul)) -> str
between(text: str, left: char(no_nul), right: char(no_nul)) -> str

entry_point(argv: list(str(no_nul))) -> int
parse_assignments(text: str(no_nul) = ' a = 1 \x0a\x0a b=22\x0abad line\x0a  c =3') -> tuple(list(str, resizable), list(int, resizable))

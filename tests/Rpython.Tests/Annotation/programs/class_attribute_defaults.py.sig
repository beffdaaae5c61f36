entry_point(argv: list(str(no_nul))) -> int(nonneg)
Settings.configure(self: instance of class_attribute_defaults.Settings, indent: int(nonneg)) -> None
Settings.label(self: instance of class_attribute_defaults.Settings) -> str(no_nul) = 'default'
class class_attribute_defaults.Settings:
    indent: int(nonneg)
    name: str(no_nul) = 'default'
    verbose: bool = False

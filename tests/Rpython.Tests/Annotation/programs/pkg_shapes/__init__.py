"""A package of the program: imported absolutely from the entry file, relatively inside."""

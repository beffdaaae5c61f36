# input() reads a line from standard input without its newline; EOFError at end of input.
name = input()
print("Hello, " + name + "!")
age = int(input("Your age? "))
print("Next year you will be", age + 1)
numbers = [int(x) for x in input().split()]
print(sum(numbers), max(numbers))
try:
    input()
except EOFError as e:
    print("EOFError:", e)

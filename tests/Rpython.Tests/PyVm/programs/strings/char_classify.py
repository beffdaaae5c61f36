# Classifying characters and counting categories in a text.
text = "Hello World 123! Ça va? 42 éléphants_."
cats = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in text:
    if ch.isupper():
        cats["upper"] += 1
    elif ch.islower():
        cats["lower"] += 1
    elif ch.isdigit():
        cats["digit"] += 1
    elif ch.isspace():
        cats["space"] += 1
    else:
        cats["other"] += 1
print(cats)
print([w for w in text.split() if w.isalpha()])
print([w.strip("!?._") for w in text.split()])

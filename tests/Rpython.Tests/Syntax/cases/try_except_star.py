# try with every combination of clauses
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try: pass
except E: pass
else: pass
finally: pass
# except* (3.11)
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
except *OSError as e:
    pass
except * A.B:
    pass
else:
    pass
finally:
    pass
# exception expressions: calls, attributes, conditionals, tuples with a trailing comma
try:
    pass
except f() as e:
    pass
except a.b.c:
    pass
except (A, B,):
    pass
except (A if x else B):
    pass
# nested try in handlers
try:
    try:
        pass
    except* E:
        raise
except Exception as e:
    try:
        pass
    finally:
        del e

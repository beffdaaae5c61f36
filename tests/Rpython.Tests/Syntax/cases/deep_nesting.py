# 150 nested parentheses (the tokenizer allows 200 levels)
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
# 60 nested lists, tuples, sets and dicts mixed
y = {'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([{'k': {([0],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}],)}}
# a left-deep chain of 300 additions and a right-deep chain of 100 powers
z = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
p = 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2
# 100 stacked unary operators, 50 nested nots
u = -+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-+~-x
n = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not x
# a 200-link attribute/call/subscript chain
c = a.b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c().b(1)[2].c()
# 50 nested calls, 30 nested lambdas, 40 chained conditional expressions
f = g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(1))))))))))))))))))))))))))))))))))))))))))))))))))
l = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 0
e = a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a if c else a
# 80 chained comparisons and a 100-operand boolean expression
k = a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a < a
b = a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b and a or b
# 60 levels of nested blocks (the tokenizer allows 100)
if a:
    while b:
        for c in d:
            with e:
                try:
                    def f():
                        class C:
                            if a:
                                while b:
                                    for c in d:
                                        with e:
                                            try:
                                                def f():
                                                    class C:
                                                        if a:
                                                            while b:
                                                                for c in d:
                                                                    with e:
                                                                        try:
                                                                            def f():
                                                                                class C:
                                                                                    if a:
                                                                                        while b:
                                                                                            for c in d:
                                                                                                with e:
                                                                                                    try:
                                                                                                        def f():
                                                                                                            class C:
                                                                                                                if a:
                                                                                                                    while b:
                                                                                                                        for c in d:
                                                                                                                            with e:
                                                                                                                                try:
                                                                                                                                    def f():
                                                                                                                                        class C:
                                                                                                                                            if a:
                                                                                                                                                while b:
                                                                                                                                                    for c in d:
                                                                                                                                                        with e:
                                                                                                                                                            try:
                                                                                                                                                                def f():
                                                                                                                                                                    class C:
                                                                                                                                                                        if a:
                                                                                                                                                                            while b:
                                                                                                                                                                                for c in d:
                                                                                                                                                                                    with e:
                                                                                                                                                                                        try:
                                                                                                                                                                                            def f():
                                                                                                                                                                                                class C:
                                                                                                                                                                                                    if a:
                                                                                                                                                                                                        while b:
                                                                                                                                                                                                            for c in d:
                                                                                                                                                                                                                with e:
                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                        def f():
                                                                                                                                                                                                                            class C:
                                                                                                                                                                                                                                if a:
                                                                                                                                                                                                                                    while b:
                                                                                                                                                                                                                                        for c in d:
                                                                                                                                                                                                                                            with e:
                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                    finally:
                                                                                                                                                                                                                        pass
                                                                                                                                                                                        finally:
                                                                                                                                                                                            pass
                                                                                                                                                            finally:
                                                                                                                                                                pass
                                                                                                                                finally:
                                                                                                                                    pass
                                                                                                    finally:
                                                                                                        pass
                                                                        finally:
                                                                            pass
                                            finally:
                                                pass
                finally:
                    pass
x = 'back at level 0'

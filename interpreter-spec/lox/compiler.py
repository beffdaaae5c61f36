"""The single-pass compiler: tokens to bytecode with a Pratt parser (Crafting Interpreters,
chapters 17 "Compiling Expressions", 21 "Global Variables", 22 "Local Variables",
23 "Jumping Back and Forth", 24 "Calls and Functions", 25 "Closures", 27-29 "Classes and
Instances", "Methods and Initializers", "Superclasses").

clox keeps the parser, the current function's compiler and the current class compiler in
globals; here they are the fields ``Parser.compiler`` and ``Parser.class_compiler`` of one
Parser object, and the parse functions of the rule table take that parser as their first
argument.  Errors are reported on stderr as they are found, exactly as clox words them:
``[line N] Error at 'x': message``; ``compile()`` returns None if there was any.
"""

from rpython.rlib.rfile import write_stderr

from chunk import (
    ChunkBuilder, UINT8_COUNT,
    OP_CONSTANT, OP_NIL, OP_TRUE, OP_FALSE, OP_POP, OP_GET_LOCAL, OP_SET_LOCAL,
    OP_GET_GLOBAL, OP_DEFINE_GLOBAL, OP_SET_GLOBAL, OP_GET_UPVALUE, OP_SET_UPVALUE,
    OP_GET_PROPERTY, OP_SET_PROPERTY, OP_GET_SUPER, OP_EQUAL, OP_GREATER, OP_LESS, OP_ADD,
    OP_SUBTRACT, OP_MULTIPLY, OP_DIVIDE, OP_NOT, OP_NEGATE, OP_PRINT, OP_JUMP,
    OP_JUMP_IF_FALSE, OP_LOOP, OP_CALL, OP_INVOKE, OP_SUPER_INVOKE, OP_CLOSURE,
    OP_CLOSE_UPVALUE, OP_RETURN, OP_CLASS, OP_INHERIT, OP_METHOD,
)
from debug import DEBUG_PRINT_CODE, disassemble_chunk
from numformat import parse_number
from objects import W_Function, W_Number, W_String
from scanner import (
    Scanner, Token, TOKEN_COUNT,
    TOKEN_LEFT_PAREN, TOKEN_RIGHT_PAREN, TOKEN_LEFT_BRACE, TOKEN_RIGHT_BRACE, TOKEN_COMMA,
    TOKEN_DOT, TOKEN_MINUS, TOKEN_PLUS, TOKEN_SEMICOLON, TOKEN_SLASH, TOKEN_STAR,
    TOKEN_BANG, TOKEN_BANG_EQUAL, TOKEN_EQUAL, TOKEN_EQUAL_EQUAL, TOKEN_GREATER,
    TOKEN_GREATER_EQUAL, TOKEN_LESS, TOKEN_LESS_EQUAL, TOKEN_IDENTIFIER, TOKEN_STRING,
    TOKEN_NUMBER, TOKEN_AND, TOKEN_CLASS, TOKEN_ELSE, TOKEN_FALSE, TOKEN_FOR, TOKEN_FUN,
    TOKEN_IF, TOKEN_NIL, TOKEN_OR, TOKEN_PRINT, TOKEN_RETURN, TOKEN_SUPER, TOKEN_THIS,
    TOKEN_TRUE, TOKEN_VAR, TOKEN_WHILE, TOKEN_ERROR, TOKEN_EOF,
)

UINT16_MAX = 65535

# Precedence levels, lowest to highest.
PREC_NONE = 0
PREC_ASSIGNMENT = 1     # =
PREC_OR = 2             # or
PREC_AND = 3            # and
PREC_EQUALITY = 4       # == !=
PREC_COMPARISON = 5     # < > <= >=
PREC_TERM = 6           # + -
PREC_FACTOR = 7         # * /
PREC_UNARY = 8          # ! -
PREC_CALL = 9           # . ()
PREC_PRIMARY = 10

# What kind of function a Compiler compiles.
TYPE_FUNCTION = 0
TYPE_INITIALIZER = 1
TYPE_METHOD = 2
TYPE_SCRIPT = 3


class Local(object):
    """A local variable in scope: ``depth`` is -1 while its initializer is compiled."""

    def __init__(self, name, depth):
        self.name = name
        self.depth = depth
        self.is_captured = False


class UpvalueRef(object):
    """What a closure captures: local slot ``index`` of the enclosing function
    (``is_local``) or the enclosing function's upvalue ``index``."""

    def __init__(self, index, is_local):
        self.index = index
        self.is_local = is_local


class Compiler(object):
    """The state of the function being compiled (one per nested function)."""

    def __init__(self, enclosing, type, name):
        self.enclosing = enclosing
        self.type = type
        self.name = name
        self.arity = 0
        self.chunk = ChunkBuilder()
        self.locals = []
        self.upvalues = []
        self.scope_depth = 0
        # Slot zero holds the function itself, or the receiver in methods.
        if type != TYPE_FUNCTION:
            self.locals.append(Local("this", 0))
        else:
            self.locals.append(Local("", 0))


class ClassCompiler(object):
    """The class being compiled, for ``this`` and ``super``."""

    def __init__(self, enclosing):
        self.enclosing = enclosing
        self.has_superclass = False


class Parser(object):
    """Reads tokens from the scanner and emits bytecode into the current compiler's chunk."""

    def __init__(self, source):
        self.scanner = Scanner(source)
        self.current = Token(TOKEN_EOF, "", 1)
        self.previous = Token(TOKEN_EOF, "", 1)
        self.had_error = False
        self.panic_mode = False
        self.compiler = Compiler(None, TYPE_SCRIPT, "")
        self.class_compiler = None

    # ------------------------------------------------------------ errors

    def error_at(self, token, message):
        if self.panic_mode:
            return
        self.panic_mode = True
        text = "[line " + str(token.line) + "] Error"
        if token.type == TOKEN_EOF:
            text += " at end"
        elif token.type == TOKEN_ERROR:
            pass        # the message says it all
        else:
            text += " at '" + token.lexeme + "'"
        write_stderr(text + ": " + message + "\n")
        self.had_error = True

    def error(self, message):
        self.error_at(self.previous, message)

    def error_at_current(self, message):
        self.error_at(self.current, message)

    # ------------------------------------------------------------ tokens

    def advance(self):
        self.previous = self.current
        while True:
            self.current = self.scanner.scan_token()
            if self.current.type != TOKEN_ERROR:
                break
            self.error_at_current(self.current.lexeme)

    def consume(self, type, message):
        if self.current.type == type:
            self.advance()
            return
        self.error_at_current(message)

    def check(self, type):
        return self.current.type == type

    def match(self, type):
        if not self.check(type):
            return False
        self.advance()
        return True

    # ------------------------------------------------------------ emitting bytecode

    def current_chunk(self):
        return self.compiler.chunk

    def emit_byte(self, byte):
        self.current_chunk().write(byte, self.previous.line)

    def emit_bytes(self, byte1, byte2):
        self.emit_byte(byte1)
        self.emit_byte(byte2)

    def emit_loop(self, loop_start):
        self.emit_byte(OP_LOOP)
        offset = len(self.current_chunk().code) - loop_start + 2
        if offset > UINT16_MAX:
            self.error("Loop body too large.")
        self.emit_byte((offset >> 8) & 0xff)
        self.emit_byte(offset & 0xff)

    def emit_jump(self, instruction):
        """Emit a jump with a placeholder offset; return where to patch it."""
        self.emit_byte(instruction)
        self.emit_byte(0xff)
        self.emit_byte(0xff)
        return len(self.current_chunk().code) - 2

    def emit_return(self):
        if self.compiler.type == TYPE_INITIALIZER:
            self.emit_bytes(OP_GET_LOCAL, 0)
        else:
            self.emit_byte(OP_NIL)
        self.emit_byte(OP_RETURN)

    def make_constant(self, value):
        constant = self.current_chunk().add_constant(value)
        if constant >= UINT8_COUNT:
            self.error("Too many constants in one chunk.")
            return 0
        return constant

    def emit_constant(self, value):
        self.emit_bytes(OP_CONSTANT, self.make_constant(value))

    def patch_jump(self, offset):
        code = self.current_chunk().code
        # -2 to adjust for the bytecode for the jump offset itself.
        jump = len(code) - offset - 2
        if jump > UINT16_MAX:
            self.error("Too much code to jump over.")
        code[offset] = (jump >> 8) & 0xff
        code[offset + 1] = jump & 0xff

    def init_compiler(self, type):
        name = ""
        if type != TYPE_SCRIPT:
            name = self.previous.lexeme
        self.compiler = Compiler(self.compiler, type, name)

    def end_compiler(self):
        """Finish the current function; return it and the upvalues its closures capture."""
        self.emit_return()
        compiler = self.compiler
        chunk = compiler.chunk.finish()
        if DEBUG_PRINT_CODE and not self.had_error:
            disassemble_chunk(chunk, compiler.name if compiler.name != "" else "<script>")
        function = W_Function(compiler.name, compiler.arity, len(compiler.upvalues), chunk)
        self.compiler = compiler.enclosing
        return function, compiler.upvalues

    def begin_scope(self):
        self.compiler.scope_depth += 1

    def end_scope(self):
        compiler = self.compiler
        compiler.scope_depth -= 1
        while (len(compiler.locals) > 0 and
               compiler.locals[len(compiler.locals) - 1].depth > compiler.scope_depth):
            if compiler.locals[len(compiler.locals) - 1].is_captured:
                self.emit_byte(OP_CLOSE_UPVALUE)
            else:
                self.emit_byte(OP_POP)
            compiler.locals.pop()

    # ------------------------------------------------------------ expressions

    def parse_precedence(self, precedence):
        self.advance()
        prefix_rule = get_rule(self.previous.type).prefix
        if prefix_rule is None:
            self.error("Expect expression.")
            return
        can_assign = precedence <= PREC_ASSIGNMENT
        prefix_rule(self, can_assign)

        while precedence <= get_rule(self.current.type).precedence:
            self.advance()
            infix_rule = get_rule(self.previous.type).infix
            assert infix_rule is not None       # tokens with a precedence have one
            infix_rule(self, can_assign)

        if can_assign and self.match(TOKEN_EQUAL):
            self.error("Invalid assignment target.")

    def expression(self):
        self.parse_precedence(PREC_ASSIGNMENT)

    def argument_list(self):
        arg_count = 0
        if not self.check(TOKEN_RIGHT_PAREN):
            while True:
                self.expression()
                if arg_count == 255:
                    self.error("Can't have more than 255 arguments.")
                arg_count += 1
                if not self.match(TOKEN_COMMA):
                    break
        self.consume(TOKEN_RIGHT_PAREN, "Expect ')' after arguments.")
        return arg_count & 0xff

    # ------------------------------------------------------------ variables

    def identifier_constant(self, name):
        return self.make_constant(W_String(name.lexeme))

    def add_local(self, name):
        if len(self.compiler.locals) == UINT8_COUNT:
            self.error("Too many local variables in function.")
            return
        self.compiler.locals.append(Local(name.lexeme, -1))

    def declare_variable(self):
        compiler = self.compiler
        if compiler.scope_depth == 0:
            return
        name = self.previous
        i = len(compiler.locals) - 1
        while i >= 0:
            local = compiler.locals[i]
            if local.depth != -1 and local.depth < compiler.scope_depth:
                break
            if name.lexeme == local.name:
                self.error("Already a variable with this name in this scope.")
            i -= 1
        self.add_local(name)

    def parse_variable(self, error_message):
        self.consume(TOKEN_IDENTIFIER, error_message)
        self.declare_variable()
        if self.compiler.scope_depth > 0:
            return 0
        return self.identifier_constant(self.previous)

    def mark_initialized(self):
        compiler = self.compiler
        if compiler.scope_depth == 0:
            return
        compiler.locals[len(compiler.locals) - 1].depth = compiler.scope_depth

    def define_variable(self, global_):
        if self.compiler.scope_depth > 0:
            self.mark_initialized()
            return
        self.emit_bytes(OP_DEFINE_GLOBAL, global_)

    def resolve_local(self, compiler, name):
        i = len(compiler.locals) - 1
        while i >= 0:
            local = compiler.locals[i]
            if name.lexeme == local.name:
                if local.depth == -1:
                    self.error("Can't read local variable in its own initializer.")
                return i
            i -= 1
        return -1

    def add_upvalue(self, compiler, index, is_local):
        upvalues = compiler.upvalues
        for i in range(len(upvalues)):
            upvalue = upvalues[i]
            if upvalue.index == index and upvalue.is_local == is_local:
                return i
        if len(upvalues) == UINT8_COUNT:
            self.error("Too many closure variables in function.")
            return 0
        upvalues.append(UpvalueRef(index, is_local))
        return len(upvalues) - 1

    def resolve_upvalue(self, compiler, name):
        enclosing = compiler.enclosing
        if enclosing is None:
            return -1
        local = self.resolve_local(enclosing, name)
        if local != -1:
            enclosing.locals[local].is_captured = True
            return self.add_upvalue(compiler, local, True)
        upvalue = self.resolve_upvalue(enclosing, name)
        if upvalue != -1:
            return self.add_upvalue(compiler, upvalue, False)
        return -1

    def named_variable(self, name, can_assign):
        arg = self.resolve_local(self.compiler, name)
        if arg != -1:
            get_op = OP_GET_LOCAL
            set_op = OP_SET_LOCAL
        else:
            arg = self.resolve_upvalue(self.compiler, name)
            if arg != -1:
                get_op = OP_GET_UPVALUE
                set_op = OP_SET_UPVALUE
            else:
                arg = self.identifier_constant(name)
                get_op = OP_GET_GLOBAL
                set_op = OP_SET_GLOBAL
        if can_assign and self.match(TOKEN_EQUAL):
            self.expression()
            self.emit_bytes(set_op, arg)
        else:
            self.emit_bytes(get_op, arg)

    # ------------------------------------------------------------ declarations

    def block(self):
        while not self.check(TOKEN_RIGHT_BRACE) and not self.check(TOKEN_EOF):
            self.declaration()
        self.consume(TOKEN_RIGHT_BRACE, "Expect '}' after block.")

    def function(self, type):
        self.init_compiler(type)
        self.begin_scope()
        self.consume(TOKEN_LEFT_PAREN, "Expect '(' after function name.")
        if not self.check(TOKEN_RIGHT_PAREN):
            while True:
                self.compiler.arity += 1
                if self.compiler.arity > 255:
                    self.error_at_current("Can't have more than 255 parameters.")
                constant = self.parse_variable("Expect parameter name.")
                self.define_variable(constant)
                if not self.match(TOKEN_COMMA):
                    break
        self.consume(TOKEN_RIGHT_PAREN, "Expect ')' after parameters.")
        self.consume(TOKEN_LEFT_BRACE, "Expect '{' before function body.")
        self.block()

        function, upvalues = self.end_compiler()
        self.emit_bytes(OP_CLOSURE, self.make_constant(function))
        for upvalue in upvalues:
            self.emit_byte(1 if upvalue.is_local else 0)
            self.emit_byte(upvalue.index)

    def method(self):
        self.consume(TOKEN_IDENTIFIER, "Expect method name.")
        constant = self.identifier_constant(self.previous)
        type = TYPE_METHOD
        if self.previous.lexeme == "init":
            type = TYPE_INITIALIZER
        self.function(type)
        self.emit_bytes(OP_METHOD, constant)

    def class_declaration(self):
        self.consume(TOKEN_IDENTIFIER, "Expect class name.")
        class_name = self.previous
        name_constant = self.identifier_constant(self.previous)
        self.declare_variable()

        self.emit_bytes(OP_CLASS, name_constant)
        self.define_variable(name_constant)

        class_compiler = ClassCompiler(self.class_compiler)
        self.class_compiler = class_compiler

        if self.match(TOKEN_LESS):
            self.consume(TOKEN_IDENTIFIER, "Expect superclass name.")
            variable(self, False)
            if class_name.lexeme == self.previous.lexeme:
                self.error("A class can't inherit from itself.")
            self.begin_scope()
            self.add_local(synthetic_token("super"))
            self.define_variable(0)
            self.named_variable(class_name, False)
            self.emit_byte(OP_INHERIT)
            class_compiler.has_superclass = True

        self.named_variable(class_name, False)
        self.consume(TOKEN_LEFT_BRACE, "Expect '{' before class body.")
        while not self.check(TOKEN_RIGHT_BRACE) and not self.check(TOKEN_EOF):
            self.method()
        self.consume(TOKEN_RIGHT_BRACE, "Expect '}' after class body.")
        self.emit_byte(OP_POP)

        if class_compiler.has_superclass:
            self.end_scope()
        self.class_compiler = class_compiler.enclosing

    def fun_declaration(self):
        global_ = self.parse_variable("Expect function name.")
        self.mark_initialized()
        self.function(TYPE_FUNCTION)
        self.define_variable(global_)

    def var_declaration(self):
        global_ = self.parse_variable("Expect variable name.")
        if self.match(TOKEN_EQUAL):
            self.expression()
        else:
            self.emit_byte(OP_NIL)
        self.consume(TOKEN_SEMICOLON, "Expect ';' after variable declaration.")
        self.define_variable(global_)

    # ------------------------------------------------------------ statements

    def expression_statement(self):
        self.expression()
        self.consume(TOKEN_SEMICOLON, "Expect ';' after expression.")
        self.emit_byte(OP_POP)

    def for_statement(self):
        self.begin_scope()
        self.consume(TOKEN_LEFT_PAREN, "Expect '(' after 'for'.")
        if self.match(TOKEN_SEMICOLON):
            pass        # no initializer
        elif self.match(TOKEN_VAR):
            self.var_declaration()
        else:
            self.expression_statement()

        loop_start = len(self.current_chunk().code)
        exit_jump = -1
        if not self.match(TOKEN_SEMICOLON):
            self.expression()
            self.consume(TOKEN_SEMICOLON, "Expect ';' after loop condition.")
            # Jump out of the loop if the condition is false.
            exit_jump = self.emit_jump(OP_JUMP_IF_FALSE)
            self.emit_byte(OP_POP)      # the condition

        if not self.match(TOKEN_RIGHT_PAREN):
            body_jump = self.emit_jump(OP_JUMP)
            increment_start = len(self.current_chunk().code)
            self.expression()
            self.emit_byte(OP_POP)
            self.consume(TOKEN_RIGHT_PAREN, "Expect ')' after for clauses.")
            self.emit_loop(loop_start)
            loop_start = increment_start
            self.patch_jump(body_jump)

        self.statement()
        self.emit_loop(loop_start)
        if exit_jump != -1:
            self.patch_jump(exit_jump)
            self.emit_byte(OP_POP)      # the condition
        self.end_scope()

    def if_statement(self):
        self.consume(TOKEN_LEFT_PAREN, "Expect '(' after 'if'.")
        self.expression()
        self.consume(TOKEN_RIGHT_PAREN, "Expect ')' after condition.")

        then_jump = self.emit_jump(OP_JUMP_IF_FALSE)
        self.emit_byte(OP_POP)
        self.statement()
        else_jump = self.emit_jump(OP_JUMP)

        self.patch_jump(then_jump)
        self.emit_byte(OP_POP)
        if self.match(TOKEN_ELSE):
            self.statement()
        self.patch_jump(else_jump)

    def print_statement(self):
        self.expression()
        self.consume(TOKEN_SEMICOLON, "Expect ';' after value.")
        self.emit_byte(OP_PRINT)

    def return_statement(self):
        if self.compiler.type == TYPE_SCRIPT:
            self.error("Can't return from top-level code.")
        if self.match(TOKEN_SEMICOLON):
            self.emit_return()
        else:
            if self.compiler.type == TYPE_INITIALIZER:
                self.error("Can't return a value from an initializer.")
            self.expression()
            self.consume(TOKEN_SEMICOLON, "Expect ';' after return value.")
            self.emit_byte(OP_RETURN)

    def while_statement(self):
        loop_start = len(self.current_chunk().code)
        self.consume(TOKEN_LEFT_PAREN, "Expect '(' after 'while'.")
        self.expression()
        self.consume(TOKEN_RIGHT_PAREN, "Expect ')' after condition.")

        exit_jump = self.emit_jump(OP_JUMP_IF_FALSE)
        self.emit_byte(OP_POP)
        self.statement()
        self.emit_loop(loop_start)

        self.patch_jump(exit_jump)
        self.emit_byte(OP_POP)

    def synchronize(self):
        """After an error, skip tokens to a statement boundary, so that one mistake gives
        one error."""
        self.panic_mode = False
        while self.current.type != TOKEN_EOF:
            if self.previous.type == TOKEN_SEMICOLON:
                return
            type = self.current.type
            if (type == TOKEN_CLASS or type == TOKEN_FUN or type == TOKEN_VAR or
                    type == TOKEN_FOR or type == TOKEN_IF or type == TOKEN_WHILE or
                    type == TOKEN_PRINT or type == TOKEN_RETURN):
                return
            self.advance()

    def declaration(self):
        if self.match(TOKEN_CLASS):
            self.class_declaration()
        elif self.match(TOKEN_FUN):
            self.fun_declaration()
        elif self.match(TOKEN_VAR):
            self.var_declaration()
        else:
            self.statement()
        if self.panic_mode:
            self.synchronize()

    def statement(self):
        if self.match(TOKEN_PRINT):
            self.print_statement()
        elif self.match(TOKEN_FOR):
            self.for_statement()
        elif self.match(TOKEN_IF):
            self.if_statement()
        elif self.match(TOKEN_RETURN):
            self.return_statement()
        elif self.match(TOKEN_WHILE):
            self.while_statement()
        elif self.match(TOKEN_LEFT_BRACE):
            self.begin_scope()
            self.block()
            self.end_scope()
        else:
            self.expression_statement()


def synthetic_token(text):
    return Token(TOKEN_IDENTIFIER, text, 0)


# ---------------------------------------------------------------- the parse functions
# Each takes the parser and whether an assignment may follow (the Pratt parser's
# canAssign); prefix ones start with their first token already consumed (previous),
# infix ones with their operator consumed.

def grouping(parser, can_assign):
    parser.expression()
    parser.consume(TOKEN_RIGHT_PAREN, "Expect ')' after expression.")


def call(parser, can_assign):
    arg_count = parser.argument_list()
    parser.emit_bytes(OP_CALL, arg_count)


def dot(parser, can_assign):
    parser.consume(TOKEN_IDENTIFIER, "Expect property name after '.'.")
    name = parser.identifier_constant(parser.previous)
    if can_assign and parser.match(TOKEN_EQUAL):
        parser.expression()
        parser.emit_bytes(OP_SET_PROPERTY, name)
    elif parser.match(TOKEN_LEFT_PAREN):
        arg_count = parser.argument_list()
        parser.emit_bytes(OP_INVOKE, name)
        parser.emit_byte(arg_count)
    else:
        parser.emit_bytes(OP_GET_PROPERTY, name)


def unary(parser, can_assign):
    operator_type = parser.previous.type
    # Compile the operand.
    parser.parse_precedence(PREC_UNARY)
    if operator_type == TOKEN_BANG:
        parser.emit_byte(OP_NOT)
    elif operator_type == TOKEN_MINUS:
        parser.emit_byte(OP_NEGATE)


def binary(parser, can_assign):
    operator_type = parser.previous.type
    rule = get_rule(operator_type)
    parser.parse_precedence(rule.precedence + 1)
    if operator_type == TOKEN_BANG_EQUAL:
        parser.emit_bytes(OP_EQUAL, OP_NOT)
    elif operator_type == TOKEN_EQUAL_EQUAL:
        parser.emit_byte(OP_EQUAL)
    elif operator_type == TOKEN_GREATER:
        parser.emit_byte(OP_GREATER)
    elif operator_type == TOKEN_GREATER_EQUAL:
        parser.emit_bytes(OP_LESS, OP_NOT)
    elif operator_type == TOKEN_LESS:
        parser.emit_byte(OP_LESS)
    elif operator_type == TOKEN_LESS_EQUAL:
        parser.emit_bytes(OP_GREATER, OP_NOT)
    elif operator_type == TOKEN_PLUS:
        parser.emit_byte(OP_ADD)
    elif operator_type == TOKEN_MINUS:
        parser.emit_byte(OP_SUBTRACT)
    elif operator_type == TOKEN_STAR:
        parser.emit_byte(OP_MULTIPLY)
    elif operator_type == TOKEN_SLASH:
        parser.emit_byte(OP_DIVIDE)


def number(parser, can_assign):
    parser.emit_constant(W_Number(parse_number(parser.previous.lexeme)))


def string(parser, can_assign):
    lexeme = parser.previous.lexeme
    end = len(lexeme) - 1       # without the quotes
    assert end >= 1
    parser.emit_constant(W_String(lexeme[1:end]))


def literal(parser, can_assign):
    type = parser.previous.type
    if type == TOKEN_FALSE:
        parser.emit_byte(OP_FALSE)
    elif type == TOKEN_NIL:
        parser.emit_byte(OP_NIL)
    elif type == TOKEN_TRUE:
        parser.emit_byte(OP_TRUE)


def variable(parser, can_assign):
    parser.named_variable(parser.previous, can_assign)


def and_(parser, can_assign):
    end_jump = parser.emit_jump(OP_JUMP_IF_FALSE)
    parser.emit_byte(OP_POP)
    parser.parse_precedence(PREC_AND)
    parser.patch_jump(end_jump)


def or_(parser, can_assign):
    else_jump = parser.emit_jump(OP_JUMP_IF_FALSE)
    end_jump = parser.emit_jump(OP_JUMP)
    parser.patch_jump(else_jump)
    parser.emit_byte(OP_POP)
    parser.parse_precedence(PREC_OR)
    parser.patch_jump(end_jump)


def this_(parser, can_assign):
    if parser.class_compiler is None:
        parser.error("Can't use 'this' outside of a class.")
        return
    variable(parser, False)


def super_(parser, can_assign):
    if parser.class_compiler is None:
        parser.error("Can't use 'super' outside of a class.")
    elif not parser.class_compiler.has_superclass:
        parser.error("Can't use 'super' in a class with no superclass.")

    parser.consume(TOKEN_DOT, "Expect '.' after 'super'.")
    parser.consume(TOKEN_IDENTIFIER, "Expect superclass method name.")
    name = parser.identifier_constant(parser.previous)

    parser.named_variable(synthetic_token("this"), False)
    if parser.match(TOKEN_LEFT_PAREN):
        arg_count = parser.argument_list()
        parser.named_variable(synthetic_token("super"), False)
        parser.emit_bytes(OP_SUPER_INVOKE, name)
        parser.emit_byte(arg_count)
    else:
        parser.named_variable(synthetic_token("super"), False)
        parser.emit_bytes(OP_GET_SUPER, name)


# ---------------------------------------------------------------- the rule table

class ParseRule(object):
    """How a token parses: as the start of an expression (``prefix``), after an operand
    (``infix``, with the operator's ``precedence``).  Either may be None."""

    _immutable_ = True

    def __init__(self, prefix, infix, precedence):
        self.prefix = prefix
        self.infix = infix
        self.precedence = precedence


def _make_rules():
    rules = [ParseRule(None, None, PREC_NONE) for _ in range(TOKEN_COUNT)]
    rules[TOKEN_LEFT_PAREN] = ParseRule(grouping, call, PREC_CALL)
    rules[TOKEN_DOT] = ParseRule(None, dot, PREC_CALL)
    rules[TOKEN_MINUS] = ParseRule(unary, binary, PREC_TERM)
    rules[TOKEN_PLUS] = ParseRule(None, binary, PREC_TERM)
    rules[TOKEN_SLASH] = ParseRule(None, binary, PREC_FACTOR)
    rules[TOKEN_STAR] = ParseRule(None, binary, PREC_FACTOR)
    rules[TOKEN_BANG] = ParseRule(unary, None, PREC_NONE)
    rules[TOKEN_BANG_EQUAL] = ParseRule(None, binary, PREC_EQUALITY)
    rules[TOKEN_EQUAL_EQUAL] = ParseRule(None, binary, PREC_EQUALITY)
    rules[TOKEN_GREATER] = ParseRule(None, binary, PREC_COMPARISON)
    rules[TOKEN_GREATER_EQUAL] = ParseRule(None, binary, PREC_COMPARISON)
    rules[TOKEN_LESS] = ParseRule(None, binary, PREC_COMPARISON)
    rules[TOKEN_LESS_EQUAL] = ParseRule(None, binary, PREC_COMPARISON)
    rules[TOKEN_IDENTIFIER] = ParseRule(variable, None, PREC_NONE)
    rules[TOKEN_STRING] = ParseRule(string, None, PREC_NONE)
    rules[TOKEN_NUMBER] = ParseRule(number, None, PREC_NONE)
    rules[TOKEN_AND] = ParseRule(None, and_, PREC_AND)
    rules[TOKEN_FALSE] = ParseRule(literal, None, PREC_NONE)
    rules[TOKEN_NIL] = ParseRule(literal, None, PREC_NONE)
    rules[TOKEN_OR] = ParseRule(None, or_, PREC_OR)
    rules[TOKEN_SUPER] = ParseRule(super_, None, PREC_NONE)
    rules[TOKEN_THIS] = ParseRule(this_, None, PREC_NONE)
    rules[TOKEN_TRUE] = ParseRule(literal, None, PREC_NONE)
    return rules


RULES = _make_rules()
"""The Pratt parser's table, indexed by token type (clox's ``rules[]``)."""


def get_rule(type):
    return RULES[type]


# ---------------------------------------------------------------- entry

def compile(source):
    """Compile a whole script; return its function, or None after compile errors (which
    have been reported on stderr)."""
    parser = Parser(source)
    parser.advance()
    while not parser.match(TOKEN_EOF):
        parser.declaration()
    function, upvalues = parser.end_compiler()
    if parser.had_error:
        return None
    return function

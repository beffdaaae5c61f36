"""A JSON-like value model (null, bool, int, float, str, array, object as classes with a common
base), a parser for its text form, and a printer producing compact and indented output with
escaped strings; objects keep their key order."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rstring import StringBuilder


class JValue(object):
    def dump(self, b, indent, level):
        raise NotImplementedError


class JNull(JValue):
    def dump(self, b, indent, level):
        b.append("null")


class JBool(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, b, indent, level):
        if self.value:
            b.append("true")
        else:
            b.append("false")


class JInt(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, b, indent, level):
        b.append(str(self.value))


class JFloat(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, b, indent, level):
        b.append(str(self.value))


class JStr(JValue):
    def __init__(self, value):
        self.value = value

    def dump(self, b, indent, level):
        b.append('"')
        for c in self.value:
            if c == '"':
                b.append('\\"')
            elif c == "\\":
                b.append("\\\\")
            elif c == "\n":
                b.append("\\n")
            elif ord(c) < 32:
                b.append("\\u%04x" % ord(c))
            else:
                b.append(c)
        b.append('"')


def newline(b, indent, level):
    if indent > 0:
        b.append("\n")
        b.append_multiple_char(" ", indent * level)


class JArray(JValue):
    def __init__(self, items):
        self.items = items

    def dump(self, b, indent, level):
        if not self.items:
            b.append("[]")
            return
        b.append("[")
        for i in range(len(self.items)):
            if i > 0:
                b.append(",")
                if indent == 0:
                    b.append(" ")
            newline(b, indent, level + 1)
            self.items[i].dump(b, indent, level + 1)
        newline(b, indent, level)
        b.append("]")


class JObject(JValue):
    def __init__(self):
        self.fields = {}

    def dump(self, b, indent, level):
        if not self.fields:
            b.append("{}")
            return
        b.append("{")
        first = True
        for k, v in self.fields.items():
            if not first:
                b.append(",")
                if indent == 0:
                    b.append(" ")
            first = False
            newline(b, indent, level + 1)
            JStr(k).dump(b, indent, level + 1)
            b.append(": ")
            v.dump(b, indent, level + 1)
        newline(b, indent, level)
        b.append("}")


class ParseError(Exception):
    def __init__(self, pos, message):
        self.pos = pos
        self.message = message


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        # Never indexes past the end: an unchecked index would be undefined once translated.
        if self.pos < len(self.text):
            return self.text[self.pos]
        return "\0"

    def skip(self):
        while self.peek() in " \n\t":
            self.pos += 1

    def expect(self, c):
        self.skip()
        if self.peek() != c:
            raise ParseError(self.pos, "expected '%s'" % c)
        self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError(self.pos, "unexpected end")
        c = self.peek()
        if c == "{":
            self.pos += 1
            obj = JObject()
            self.skip()
            if self.peek() == "}":
                self.pos += 1
                return obj
            while True:
                self.skip()
                key = self.string()
                self.expect(":")
                obj.fields[key] = self.value()
                self.skip()
                if self.peek() == ",":
                    self.pos += 1
                else:
                    self.expect("}")
                    return obj
        if c == "[":
            self.pos += 1
            items = []
            self.skip()
            if self.peek() == "]":
                self.pos += 1
                return JArray(items)
            while True:
                items.append(self.value())
                self.skip()
                if self.peek() == ",":
                    self.pos += 1
                else:
                    self.expect("]")
                    return JArray(items)
        if c == '"':
            return JStr(self.string())
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return JBool(True)
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return JBool(False)
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return JNull()
        start = self.pos
        while self.peek() in "+-0123456789.eE":
            self.pos += 1
        number = self.text[start:self.pos]
        if not number:
            raise ParseError(start, "unexpected '%s'" % c)
        if "." in number or "e" in number or "E" in number:
            return JFloat(float(number))
        return JInt(int(number))

    def string(self):
        if self.peek() != '"':
            raise ParseError(self.pos, "expected a string")
        self.pos += 1
        chars = []
        while self.peek() != '"':
            if self.pos >= len(self.text):
                raise ParseError(self.pos, "unterminated string")
            c = self.peek()
            if c == "\\":
                self.pos += 1
                c = self.peek()
                if c == "n":
                    c = "\n"
            chars.append(c)
            self.pos += 1
        self.pos += 1
        return "".join(chars)


def show(text, indent):
    try:
        v = Parser(text).value()
    except ParseError as e:
        return "error at %d: %s" % (e.pos, e.message)
    b = StringBuilder()
    v.dump(b, indent, 0)
    return b.build()


DOC = '{"name": "rpython", "version": 3, "ratio": 0.25, "tags": ["jit", "gc", "\\"quoted\\""], "nested": {"empty": {}, "list": [], "ok": true, "none": null, "big": 1e22, "neg": -17}, "multi\\nline": "a\\\\b"}'


def entry_point(argv):
    write_stdout(show(DOC, 0) + "\n")
    write_stdout(show(DOC, 2) + "\n")
    for bad in ['{"a": }', "[1, 2", '{"a" 1}', "", "[tru]", '["open', '{"k": 1,}']:
        write_stdout("%s -> %s\n" % (bad, show(bad, 0)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))

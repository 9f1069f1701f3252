"""A small reader for the ASDL subset used by Sources/AnhingaSyntax/AST/Python.asdl.

Produces plain data (lists of types, constructors and fields) for
Scripts/generate_ast.py. Grammar accepted:

    module     := 'module' NAME '{' definition* '}'
    definition := NAME '=' (product | sum)
    product    := fields attributes?
    sum        := constructor ('|' constructor)* attributes?
    constructor:= NAME fields?
    fields     := '(' field (',' field)* ')'
    field      := NAME ('?' | '*' | '?*')? NAME

`?*` marks a list whose elements may be absent (Python's `Dict.keys` holds None for
`**d` entries, `arguments.kw_defaults` None for keyword-only parameters without default).
    attributes := 'attributes' fields

Comments run from `--` to the end of the line.
"""

from dataclasses import dataclass, field as dataclass_field
import re


@dataclass
class Field:
    type: str          # ASDL type name: 'expr', 'identifier', 'int', ...
    name: str          # ASDL field name: 'decorator_list', ...
    optional: bool = False
    sequence: bool = False
    optional_elements: bool = False   # `?*`: a list that may hold absent elements


@dataclass
class Constructor:
    name: str
    fields: list = dataclass_field(default_factory=list)


@dataclass
class Definition:
    name: str
    # A product type has `fields` and no constructors; a sum type the reverse.
    constructors: list = dataclass_field(default_factory=list)
    fields: list = dataclass_field(default_factory=list)
    attributes: list = dataclass_field(default_factory=list)
    is_product: bool = False

    @property
    def is_simple_sum(self):
        """A sum whose constructors all lack fields (e.g. `operator`)."""
        return (not self.is_product and not self.attributes
                and all(not c.fields for c in self.constructors))


class ASDLSyntaxError(Exception):
    pass


_TOKEN = re.compile(r"\s*(?:(--[^\n]*)|([A-Za-z_][A-Za-z0-9_]*)|([=|(),?*{}]))")


def _tokenize(text):
    tokens = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if not match:
            raise ASDLSyntaxError(f"unexpected character at offset {position}: {text[position]!r}")
        position = match.end()
        if match.group(1):
            continue
        tokens.append(match.group(2) or match.group(3))
    return tokens


class _Reader:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def peek(self):
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, expected=None):
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise ASDLSyntaxError(f"expected {expected!r}, found {token!r}")
        self.index += 1
        return token

    def name(self):
        token = self.take()
        if not re.match(r"[A-Za-z_]", token):
            raise ASDLSyntaxError(f"expected a name, found {token!r}")
        return token

    def fields(self):
        self.take("(")
        result = []
        while True:
            type_name = self.name()
            optional = sequence = optional_elements = False
            if self.peek() == "?":
                self.take()
                if self.peek() == "*":
                    self.take()
                    sequence = optional_elements = True
                else:
                    optional = True
            elif self.peek() == "*":
                self.take()
                sequence = True
            result.append(Field(type_name, self.name(), optional, sequence, optional_elements))
            if self.peek() == ",":
                self.take()
                continue
            self.take(")")
            return result

    def attributes(self):
        if self.peek() == "attributes":
            self.take()
            return self.fields()
        return []

    def definition(self):
        definition = Definition(self.name())
        self.take("=")
        if self.peek() == "(":
            definition.is_product = True
            definition.fields = self.fields()
        else:
            while True:
                constructor = Constructor(self.name())
                if self.peek() == "(":
                    constructor.fields = self.fields()
                definition.constructors.append(constructor)
                if self.peek() != "|":
                    break
                self.take()
        definition.attributes = self.attributes()
        return definition


def parse_asdl(text):
    """Returns the list of Definitions in the module, in file order."""
    reader = _Reader(_tokenize(text))
    reader.take("module")
    reader.name()
    reader.take("{")
    definitions = []
    while reader.peek() != "}":
        definitions.append(reader.definition())
    reader.take("}")
    if reader.peek() is not None:
        raise ASDLSyntaxError(f"unexpected {reader.peek()!r} after the module")
    return definitions

#!/usr/bin/env python3
"""Writes large property lists of several shapes, for benches/peak-memory.sh.

usage: benches/gen-shapes.py DIR [MB]

Each shape is a strictly valid property list (with the list-level end mark) of about MB
megabytes (default 24), written to DIR/SHAPE.bin:

  sz            one property "Description": one SZ of MB megabytes (ASCII)
  sz-nonascii   the same with U+20AC (3 bytes of UTF-8 for 2 of UTF-16)
  multi-sz      one unknown property "Items": a MULTI_SZ of one-character items
  addresses     the same MULTI_SZ as "IPv4Addresses" (a field of show's typed properties)
  binary        one unknown property "Blob": one BINARY of MB megabytes
  many          many small properties "P0000000": one DWORD each (44 bytes a property)
  nested        many small properties 16 levels deep (PROPERTY_LIST values)

and JSON documents of about MB megabytes for `encode --schema network-update`, written to
DIR/schema-SHAPE.json:

  schema-tiny           {"Role": 1}
  schema-sz             {"Description": "xxx…"} (ASCII)
  schema-sz-nonascii    the same with U+20AC
  schema-unknown-array  {"Items": ["x", "x", …]}: an array of one-character strings under a key
                        the schema does not know (refused, after the array is read)
"""
import struct
import sys

NAME, BINARY, DWORD, SZ, MULTI_SZ, PLIST = (
    0x00040003, 0x00010001, 0x00010002, 0x00010003, 0x00010005, 0x0001000E)
DEPTH = 16  # read::MAX_NESTING_DEPTH


def entry(syntax, data):
    return struct.pack("<II", syntax, len(data)) + data + b"\0" * (-len(data) % 4)


def utf16z(text):
    return text.encode("utf-16-le") + b"\0\0"


def prop(name, *values):
    return entry(NAME, utf16z(name)) + b"".join(entry(s, d) for s, d in values) + b"\0" * 4


def plist(props, end=True):
    return struct.pack("<I", len(props)) + b"".join(props) + (b"\0" * 4 if end else b"")


def many(size, end=True):
    n = size // 44
    dword = entry(DWORD, b"\7\0\0\0") + b"\0" * 4
    return plist([entry(NAME, utf16z("P%07d" % i)) + dword for i in range(n)], end)


def main():
    out = sys.argv[1]
    size = int(float(sys.argv[2] if len(sys.argv) > 2 else 24) * 1_000_000)
    shapes = {
        "sz": lambda: plist([prop("Description", (SZ, utf16z("x" * (size // 2))))]),
        "sz-nonascii": lambda: plist([prop("Description", (SZ, utf16z("\u20ac" * (size // 2))))]),
        "multi-sz": lambda: plist([prop("Items", (MULTI_SZ, b"x\0\0\0" * (size // 4) + b"\0\0"))]),
        "addresses": lambda: plist([prop("IPv4Addresses", (MULTI_SZ, b"x\0\0\0" * (size // 4) + b"\0\0"))]),
        "binary": lambda: plist([prop("Blob", (BINARY, bytes(range(256)) * (size // 256)))]),
        "many": lambda: many(size),
    }

    def nested():
        inner = many(size, end=False)
        for _ in range(DEPTH):
            inner = plist([prop("N", (PLIST, inner))], end=False)
        return inner + b"\0" * 4

    shapes["nested"] = nested
    for name, make in shapes.items():
        with open(f"{out}/{name}.bin", "wb") as f:
            f.write(make())

    schema = {
        "tiny": lambda: '{"Role": 1}',
        "sz": lambda: '{"Description": "%s"}' % ("x" * (size - 19)),
        "sz-nonascii": lambda: '{"Description": "%s"}' % ("\u20ac" * ((size - 19) // 3)),
        "unknown-array": lambda: '{"Items": [%s]}' % ", ".join(['"x"'] * ((size - 12) // 5)),
    }
    for name, make in schema.items():
        with open(f"{out}/schema-{name}.json", "w", encoding="utf-8") as f:
            f.write(make())


main()

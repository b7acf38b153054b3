"""opcode: names and classes of Krait's bytecode instructions, for dis and other tools.

Krait's opcodes are its own (crates/krait-bytecode/src/opcode.rs): the tables
here come from the _dis accelerator, which reads them from that one table.
Krait has no EXTENDED_ARG and no HAVE_ARGUMENT threshold: whether an opcode
takes an argument is a property of each opcode.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "hasnargs", "stack_effect"]

from _dis import (opname, opmap, hasconst, hasname, haslocal, hasfree,
                  hasjabs, hascompare, stack_effect)

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# Every Krait jump names its target instruction: none is relative.
hasjrel = []
hasnargs = []

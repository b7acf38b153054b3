"""Encoding name aliases: normalized alias -> module name in the encodings package.

Krait carries the codecs it builds in; the aliases are CPython's for those codecs.
"""

aliases = {}

def _add(module, *names):
    for name in names:
        aliases[name] = module

_add('ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
     'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii')
_add('base64_codec', 'base64', 'base_64')
_add('cp1252', '1252', 'windows_1252')
_add('hex_codec', 'hex')
_add('latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1',
     'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1')
_add('rot_13', 'rot13')
_add('utf_16', 'u16', 'utf16')
_add('utf_16_be', 'unicodebigunmarked', 'utf_16be')
_add('utf_16_le', 'unicodelittleunmarked', 'utf_16le')
_add('utf_32', 'u32', 'utf32')
_add('utf_32_be', 'utf_32be')
_add('utf_32_le', 'utf_32le')
_add('utf_7', 'csunicode11utf7', 'u7', 'unicode_1_1_utf_7', 'utf7')
_add('utf_8', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4', 'cp65001')

del _add

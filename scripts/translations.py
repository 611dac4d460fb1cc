#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the .ts files complete after lupdate.

  scripts/translations.py missing resources/translations/jiaohe_zh_CN.ts > todo.tsv
      every message with no translation yet, as context<TAB>source<TAB>(empty) lines to fill in
  scripts/translations.py fill resources/translations/jiaohe_zh_CN.ts done.tsv [more.tsv...]
      takes the translations of the TSV files (context<TAB>source<TAB>translation; \\n for a line break)
  scripts/translations.py plurals resources/translations/jiaohe_en.ts
      writes the English singular and plural forms of every %n message from its "(s)" spelling
  scripts/translations.py check resources/translations/jiaohe_zh_CN.ts
      exits 1 listing the messages still untranslated (the Translations test runs this)

Only the <translation> elements change; lupdate's layout of the file is kept.
"""
import re
import sys
import xml.etree.ElementTree as ET


def esc(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def unesc(text):
    return text.replace("\n", "\\n").replace("\t", "\\t")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def untranslated(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms) or translation.get("type") == "unfinished"
    return not (translation.text or "").strip() or translation.get("type") == "unfinished"


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate's own header line, so that the next lupdate leaves the file alone.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def set_translation(message, text):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        forms = text if isinstance(text, list) else [text]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, path = argv[1], argv[2]
    tree = ET.parse(path)
    if command == "missing":
        for context, message in messages(tree):
            if untranslated(message):
                print(f"{context}\t{unesc(message.findtext('source'))}\t")
        return 0
    if command == "check":
        left = [(c, m.findtext("source")) for c, m in messages(tree) if untranslated(m)]
        for context, source in left:
            print(f"untranslated: {context}: {source!r}")
        return 1 if left else 0
    if command == "fill":
        table = {}
        for tsv in argv[3:]:
            with open(tsv, encoding="utf-8") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) >= 3 and parts[2].strip():
                        table[(parts[0], esc(parts[1]))] = esc(parts[2])
                        table.setdefault(("*", esc(parts[1])), esc(parts[2]))
        filled = 0
        for context, message in messages(tree):
            source = message.findtext("source")
            text = table.get((context, source)) or table.get(("*", source))
            if text and untranslated(message):
                set_translation(message, text)
                filled += 1
        write(tree, path)
        print(f"{filled} filled", file=sys.stderr)
        return 0
    if command == "plurals":
        for context, message in messages(tree):
            if message.get("numerus") == "yes" and untranslated(message):
                source = message.findtext("source")
                one = re.sub(r"\((?:e?s)\)", "", source).replace("(ies)", "y")
                many = re.sub(r"\((e?s)\)", r"\1", source).replace("y(ies)", "ies")
                set_translation(message, [one, many])
        write(tree, path)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

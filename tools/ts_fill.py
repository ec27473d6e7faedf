"""Fill untranslated entries of a .ts file: from the same source text translated in another context, then
from an optional JSON map {source: translation}. Run tools/i18n.sh afterwards to compile.

    python tools/ts_fill.py resources/i18n/trainer_zh_CN.ts [more.json]
"""

import json
import sys
import xml.etree.ElementTree as ET

ts_path = sys.argv[1]
table = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 else {}
tree = ET.parse(ts_path)
known = {}
for message in tree.iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished" and translation.text:
        known.setdefault(message.findtext("source"), translation.text)
left = []
for message in tree.iter("message"):
    source, translation = message.findtext("source"), message.find("translation")
    if translation.get("type") == "unfinished":
        text = table.get(source) or known.get(source)
        if text:
            translation.text = text
            del translation.attrib["type"]
        else:
            left.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print("still untranslated:", left)

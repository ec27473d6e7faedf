"""Fill untranslated entries of a .ts file from a JSON map {source: translation} (then run tools/i18n.sh)."""

import json
import sys
import xml.etree.ElementTree as ET

ts_path, json_path = sys.argv[1], sys.argv[2]
table = json.load(open(json_path, encoding="utf-8"))
tree = ET.parse(ts_path)
left = []
for message in tree.iter("message"):
    source, translation = message.findtext("source"), message.find("translation")
    if translation.get("type") == "unfinished":
        if source in table:
            translation.text = table[source]
            del translation.attrib["type"]
        else:
            left.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print("still untranslated:", left)

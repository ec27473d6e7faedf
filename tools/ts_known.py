"""Print {source: translation} of every finished entry in the given .ts files (standard input '-' allowed),
as JSON: what a merge can fill from when code moved a string to a new place."""

import json
import sys
import xml.etree.ElementTree as ET

known = {}
for name in sys.argv[1:]:
    try:
        tree = ET.parse(sys.stdin if name == "-" else name)
    except (ET.ParseError, OSError):
        continue
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            known.setdefault(message.findtext("source"), translation.text)
json.dump(known, sys.stdout, ensure_ascii=False)

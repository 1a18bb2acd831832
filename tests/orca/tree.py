"""Reads the page's accessibility tree over AT-SPI (pyatspi), as Orca does, and prints it as JSON.

Run inside a session's environment (its DISPLAY and session bus), one process per reading:
AT-SPI binds a process to the first accessibility bus it meets, and each scenario has its own.

    python3 tree.py          ->  {"documents": 1, "dialogs": [...], "focused": {...}, "live": [...]}

`dialogs`: every object of role dialog or alert in the web documents, with its name, its
description, its states (modal, focused...) and its attributes. `focused`: the object that has
the focus state inside the documents. `live`: every live region (`live` attribute) with its
politeness, whether it is atomic, and its text.
"""

import json
import sys

import pyatspi

#: Web content in Firefox and Chromium.
DOCUMENT_ROLES = {pyatspi.ROLE_DOCUMENT_WEB, pyatspi.ROLE_DOCUMENT_FRAME}


def attributes(obj):
    try:
        return dict(pair.split(":", 1) for pair in obj.getAttributes() if ":" in pair)
    except Exception:
        return {}


def states(obj):
    return sorted(state.value_nick for state in obj.getState().getStates())


def text_of(obj):
    try:
        text = obj.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def describe(obj):
    return {
        "role": obj.getRoleName(),
        "name": obj.name,
        "description": obj.description,
        "states": states(obj),
        "attributes": attributes(obj),
    }


def children(obj):
    try:
        return [c for c in obj if c is not None]
    except Exception:
        return []


def documents(app):
    """The web documents under an application, without walking its whole window tree."""
    found = []
    stack = [app]
    while stack:
        obj = stack.pop()
        try:
            role = obj.getRole()
        except Exception:
            continue
        if role in DOCUMENT_ROLES:
            # Only the topmost document: a document nested in one is part of it.
            found.append(obj)
            continue
        stack.extend(reversed(children(obj)))
    return found


def walk(obj):
    yield obj
    for child in children(obj):
        yield from walk(child)


def read(browser_names):
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [a for a in desktop if a is not None and (a.name or "").lower() in browser_names]
    result = {"apps": [a.name for a in apps], "documents": 0, "dialogs": [], "focused": None, "live": []}
    for app in apps:
        for doc in documents(app):
            if pyatspi.STATE_SHOWING not in doc.getState().getStates():
                continue  # a background tab or a preloaded page
            result["documents"] += 1
            for obj in walk(doc):
                role = obj.getRole()
                if role in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT):
                    result["dialogs"].append(describe(obj))
                st = obj.getState()
                if st.contains(pyatspi.STATE_FOCUSED) and obj is not doc:
                    result["focused"] = describe(obj)
                # The region itself carries `live`; its descendants carry `container-live`.
                attrs = attributes(obj)
                if attrs.get("live"):
                    result["live"].append({"live": attrs["live"], "atomic": attrs.get("atomic"), "text": text_of(obj)})
    return result


if __name__ == "__main__":
    names = {n.lower() for n in sys.argv[1:]} or {"firefox", "firefox-esr", "chromium"}
    print(json.dumps(read(names), ensure_ascii=False))

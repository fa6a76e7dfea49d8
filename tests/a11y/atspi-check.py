#!/usr/bin/python3
"""Reads KI-Lotse's user interface through the real AT-SPI bus, as the Orca screen reader does.

Run by tests/a11y/run-atspi.sh (a private D-Bus session and X server). Starts the app in isolated
user folders with the demo registry, walks it as a clerk would (every tab, a whole check, the
draft page with a typed draft) and fails on:
  * an interactive object without a name (buttons, boxes, fields, lists, tabs, menu items);
  * markup in a name or description ("<p>https://…</p>");
  * a combo box named by its current value instead of a label;
  * a tab page container without a name (what a screen reader says after switching tabs);
  * a lone digit as a label's name (the big level digit must not be read on its own);
  * the check's verdict or the draft page's suggestion not readable as text.
Tab order against the visual order is checked in-process by the GUI test
accessibility_tabReachesEveryWidget_andShiftTabWalksBack (it needs widget geometry).
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Atspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_DATE_EDITOR,
}
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
problems = []
tab_names = []


def fail(where, message):
    problems.append(f"{where}: {message}")


def showing(o):
    try:
        return o.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(o, visit, depth=0):
    if depth > 60 or o is None:
        return
    if depth > 1 and not showing(o):
        return
    try:
        visit(o)
        count = o.childCount
    except Exception:  # the object went away while we read it (a page re-rendered)
        return
    for i in range(count):
        try:
            c = o.getChildAtIndex(i)
        except Exception:
            continue
        walk(c, visit, depth + 1)


def text_of(o):
    try:
        t = o.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return ""
    except Exception:
        return ""


def everything(app):
    out = []
    walk(app, out.append)
    return out


def check_tree(app, where):
    for o in everything(app):
        try:
            check_object(o, where)
        except Exception as e:  # gone while read
            if "No such object" not in str(e):
                raise


def check_object(o, where):
    if True:
        role = o.getRole()
        name = o.name or ""
        desc = o.description or ""
        ident = f"[{o.getRoleName()}] {name[:60]!r}"
        if role in INTERACTIVE and not name.strip():
            labelled = any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in o.getRelationSet())
            if not labelled:
                fail(where, f"unnamed interactive object {ident} (parent {o.parent.name!r})")
        for what, value in (("name", name), ("description", desc)):
            if MARKUP.search(value):
                fail(where, f"markup in the {what} of {ident}: {value[:100]!r}")
        if role == pyatspi.ROLE_LABEL and re.fullmatch(r"\s*\d\s*", name):
            fail(where, f"a label read as a lone digit {name!r} (parent {o.parent.name!r})")
        if role == pyatspi.ROLE_COMBO_BOX:
            current = ""
            try:
                sel = o.querySelection()
                if sel.nSelectedChildren:
                    current = sel.getSelectedChild(0).name
            except Exception:
                pass
            if not current:
                current = text_of(o)
            if name and current and name.strip() == current.strip():
                fail(where, f"combo box named by its value {name!r} (link a visible label)")


def find(app, role=None, name=None, contains=None):
    for o in everything(app):
        try:
            if role is not None and o.getRole() != role:
                continue
            n = o.name or ""
        except Exception:
            continue
        if name is not None and n != name:
            continue
        if contains is not None and contains not in n:
            continue
        return o
    return None


def wait_for(fn, timeout=15.0, what="something"):
    end = time.time() + timeout
    while time.time() < end:
        v = fn()
        if v:
            return v
        time.sleep(0.2)
    raise SystemExit(f"FAIL: timed out waiting for {what}\n" + "\n".join(problems))


def press(o):
    action = o.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("press", "Press", "toggle", "Toggle", "click", "SetFocus"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    action.doAction(0)


def press_named(root, role, name):
    """Finds and presses an object afresh (Qt may replace accessible objects between reads)."""
    last = None
    for _ in range(3):
        Atspi.Accessible.clear_cache(root)
        o = find(root, role, name)
        if o is not None:
            try:
                press(o)
                return True
            except Exception as e:
                last = e
        time.sleep(0.3)
    if last is not None:
        print(f"pressing {name!r}: {last}", file=sys.stderr)
    return False


def key(keycode, modifiers=()):
    """A real key press through the X server (XTest), as the clerk's keyboard sends it.
    Key codes of the X server's default (evdev) keymap."""
    for m in modifiers:
        pyatspi.Registry.generateKeyboardEvent(m, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)
    for m in reversed(modifiers):
        pyatspi.Registry.generateKeyboardEvent(m, None, pyatspi.KEY_RELEASE)
    time.sleep(0.15)


ALT_L = 64
RIGHT = 114
DOWN = 116
RETURN = 36
SPACE = 65


def next_step(win, words):
    """Weiter: through the button's action, else Alt+Right as the wizard documents."""
    if press_named(win, pyatspi.ROLE_PUSH_BUTTON, words["evaluate"]) or press_named(win, pyatspi.ROLE_PUSH_BUTTON, words["next"]):
        return
    key(RIGHT, (ALT_L,))


def main():
    binary = sys.argv[1]
    home = tempfile.mkdtemp(prefix="ki-lotse-atspi-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_STATE_HOME=home + "/state", XDG_CONFIG_DIRS=home + "/etc-xdg",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", KI_LOTSE_LANG=sys.argv[2] if len(sys.argv) > 2 else "de")
    env.pop("KI_LOTSE_POLICY_DIR", None)
    env.pop("QT_QPA_PLATFORM", None)
    lang = env["KI_LOTSE_LANG"]
    words = {
        "de": dict(next="Weiter >", evaluate="Auswerten >", no="Nein", draft_tab="Entwurf prüfen",
                   level="Schutzstufe", suggested="vorgeschlagen", tour="Einführung"),
        "en": dict(next="Next >", evaluate="Evaluate >", no="No", draft_tab="Check draft",
                   level="Protection level", suggested="suggested", tour="Introduction"),
    }[lang]
    proc = subprocess.Popen([binary], env=env)
    try:
        def app_found():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                a = desktop.getChildAtIndex(i)
                if a is not None and (a.name or "").lower() == "ki-lotse":
                    return a
            return None
        app = wait_for(app_found, 30, "the app on the AT-SPI bus")
        app.set_cache_mask(Atspi.Cache.NONE)
        wait_for(lambda: find(app, pyatspi.ROLE_PAGE_TAB_LIST), 15, "the main window")
        # The introduction tour: step through it as a clerk would.
        for _ in range(8):
            tour = find(app, pyatspi.ROLE_DIALOG)
            if not tour:
                break
            check_tree(tour, f"{lang}/tour")
            button = next((o for o in everything(tour) if o.getRole() == pyatspi.ROLE_PUSH_BUTTON
                           and (o.name or "").rstrip(" >") in (words["next"].rstrip(" >"), "Fertig", "Done", "Los geht's", "Let's start")), None)
            if button is None:
                button = [o for o in everything(tour) if o.getRole() == pyatspi.ROLE_PUSH_BUTTON][-1]
            press(button)
            time.sleep(0.3)

        # Every tab: the tree, and a name on the page a tab switch lands on.
        tabs = find(app, pyatspi.ROLE_PAGE_TAB_LIST)
        def select_tab(i):
            # Qt creates a tab's accessible object on request: fetch it fresh each time.
            for _ in range(5):
                try:
                    press(find(app, pyatspi.ROLE_PAGE_TAB, tab_names[i]))
                    return
                except Exception:
                    time.sleep(0.3)
            raise SystemExit(f"FAIL: cannot select tab {i} through AT-SPI")
        global tab_names
        tab_names = [c.name for c in (tabs.getChildAtIndex(k) for k in range(tabs.childCount))
                     if c is not None and c.getRole() == pyatspi.ROLE_PAGE_TAB]
        for i in reversed(range(len(tab_names))):
            title = tab_names[i]
            select_tab(i)
            time.sleep(0.6)
            check_tree(app, f"{lang}/tab {title!r}")
            stack = [o for o in everything(app) if o.getRole() == pyatspi.ROLE_LAYERED_PANE]
            pages = [o.getChildAtIndex(k) for o in stack[:1] for k in range(o.childCount) if showing(o.getChildAtIndex(k))]
            if not pages or not (pages[0].name or "").strip():
                fail(f"{lang}/tab {title!r}", "the page shown after switching tabs has no name")

        # A whole check: use case, "no" everywhere, the result.
        select_tab(0)
        time.sleep(0.5)
        frames = [c for c in (app.getChildAtIndex(k) for k in range(app.childCount)) if c.getRole() == pyatspi.ROLE_FRAME]
        win = next(f for f in frames if find(f, pyatspi.ROLE_PAGE_TAB_LIST) is not None)
        # Keyboard only, as a clerk: focus the list, Down picks a use case, Return goes on.
        cases = find(win, pyatspi.ROLE_LIST)
        cases.queryComponent().grabFocus()
        time.sleep(0.3)
        key(DOWN)
        key(DOWN)
        key(RETURN)
        wait_for(lambda: find(win, pyatspi.ROLE_RADIO_BUTTON), 10, "the first question after Return")
        for step in range(40):
            time.sleep(0.3)
            if find(win, pyatspi.ROLE_RADIO_BUTTON) is None:
                break
            check_tree(app, f"{lang}/question {step + 1}")
            no = find(win, pyatspi.ROLE_RADIO_BUTTON, words["no"])
            question = next((o.name for o in everything(win) if o.getRole() == pyatspi.ROLE_LABEL and " · " in (o.name or "")), None)
            no.queryComponent().grabFocus()
            time.sleep(0.1)
            key(SPACE)
            if os.environ.get("ATSPI_DEBUG"):
                print("step", step, "no checked:", no.getState().contains(pyatspi.STATE_CHECKED), "focused:", no.getState().contains(pyatspi.STATE_FOCUSED), file=sys.stderr)
            key(RIGHT, (ALT_L,))
            time.sleep(0.3)
            if find(win, pyatspi.ROLE_LABEL, question) is not None:
                # Still here: Return, the wizard's other documented key.
                no.queryComponent().grabFocus()
                key(RETURN)
        time.sleep(0.8)
        check_tree(app, f"{lang}/result")
        verdict = next((o for o in everything(win) if re.search(words["level"] + r" \d", (o.name or "") + " " + text_of(o))), None)
        if verdict is None:
            fail(f"{lang}/result", f"no object whose name says {words['level']!r}: the verdict is not readable; shown: " + repr([o.name for o in everything(win) if o.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_PUSH_BUTTON)][:12]))

        # The draft page: type a draft, wait for the suggestion, read it.
        select_tab(tab_names.index(words["draft_tab"]))
        time.sleep(0.5)
        editor = next(o for o in everything(app) if o.getRole() == pyatspi.ROLE_TEXT
                      and o.getState().contains(pyatspi.STATE_EDITABLE) and o.getState().contains(pyatspi.STATE_MULTI_LINE))
        editor.queryEditableText().insertText(0, "Sehr geehrte Frau Öztürk, Ihre IBAN DE89 3704 0044 0532 0130 00.", 64)
        def suggestion():
            for o in everything(app):
                for value in (o.name or "", text_of(o) if o.getRole() == pyatspi.ROLE_LABEL else ""):
                    if words["suggested"] in value.lower() and re.search(words["level"] + r" \d", value):
                        return value
            return None
        readable = wait_for(suggestion, 10, "the draft page's suggestion as readable text")
        print(f"{lang}: draft suggestion read as: {readable[:120]!r}")
        check_tree(app, f"{lang}/draft with findings")
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
    if problems:
        print(f"FAIL: {len(problems)} problem(s) in the accessibility tree ({lang}):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"ok: accessibility tree ({lang}) – names, markup, page names, verdict and draft suggestion")
    return 0


if __name__ == "__main__":
    sys.exit(main())

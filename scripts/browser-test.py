#!/usr/bin/env python3
"""Real-browser and accessibility test of the Pathway web server.

Drives Debian's headless Chromium through Playwright against a running server:
start page -> self-assessment -> the saved plan (resume key, downloads, print
view) -> mark a step done -> "why not" -> reassess (a bad answer first, which
must come back as 400 with an error summary) -> what changed -> history ->
sign out -> come back with the resume key -> delete, then the privacy and lead
pages. Every page must load without console errors, with a
Content-Security-Policy header and no answers in its address, and pass
axe-core with no "serious" or "critical" violation; the whole walk runs again
at a 320px-wide viewport, where no page may scroll sideways. Saves a
full-page screenshot of the plan page and its DOM (same path, .html).

Needs: pip install playwright axe-playwright-python, and /usr/bin/chromium.
Usually run through scripts/web-test.sh, which sets all of that up; directly:
    python3 scripts/browser-test.py [URL] [--screenshot PATH] [--chromium PATH]
URL defaults to http://127.0.0.1:8080. Exits non-zero on any failure.
"""
import argparse
import pathlib
import sys
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

BLOCKING_IMPACTS = ("serious", "critical")
# Lists the elements that stick out past the viewport's right edge.
OVERFLOW_JS = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .slice(0, 8)
  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
       (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
       ' (right edge ' + Math.round(e.getBoundingClientRect().right) + 'px)')"""


class Checks:
    def __init__(self):
        self.passed, self.failed = [], []

    def check(self, ok, what, detail=""):
        if ok:
            self.passed.append(what)
        else:
            self.failed.append(what)
            print(f"FAIL: {what}" + (f"\n  {detail}" if detail else ""), flush=True)
        return ok


def axe_check(c, axe, page, name):
    """Runs axe-core on the page; prints every violation, fails on serious or critical ones."""
    violations = axe.run(page).response["violations"]
    blocking = [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]
    for v in violations:
        level = "FAIL" if v in blocking else "note"
        print(f"{level}: axe on {name}: [{v.get('impact')}] {v['id']}: {v['help']}\n  {v.get('helpUrl', '')}")
        for node in v["nodes"]:
            print(f"    target {node['target']}: {node['html'][:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n      ")
            if summary:
                print(f"      {summary}")
    c.check(not blocking, f"{name}: no serious or critical axe violations",
            f"{len(blocking)} rule(s): " + ", ".join(v["id"] for v in blocking))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url", nargs="?", default="http://127.0.0.1:8080")
    ap.add_argument("--screenshot", default=".build/browser/plan.png")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    shot = pathlib.Path(args.screenshot)
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)

    c = Checks()
    with sync_playwright() as pw:
        try:
            # Reflow: at 320 CSS pixels nothing scrolls sideways, and axe still passes.
            for width in (1280, 320):
                flow(pw, args.chromium, args.url.rstrip("/"), shot, c, width)
        except Exception as e:  # a step that could not be done (missing element, timeout) is a failure too
            c.check(False, "the browser run stopped early", f"{type(e).__name__}: {e}")

    if shot.exists():
        print(f"\nscreenshot: {shot}  DOM: {shot.with_suffix('.html')}")
    groups = {}
    for what in c.passed:
        page_name, _, check = what.partition(": ")
        groups.setdefault(page_name, []).append(check)
    if groups:
        print("passed:\n" + "\n".join(f"  {name}: {'; '.join(checks)}" for name, checks in groups.items()))
    if c.failed:
        print("failed:\n  " + "\n  ".join(c.failed))
    print(f"{len(c.passed)} passed, {len(c.failed)} failed")
    return 1 if c.failed else 0


def flow(pw, chromium, base, shot, c, width):
    """Walks through the service as a learner would, at one viewport width, checking each page
    on the way: saving a plan, marking a step done, reassessing, the history, the downloads,
    why not, a bad answer, signing out, coming back with the resume key, and deleting."""
    axe = Axe()
    console = []  # console errors and uncaught exceptions of the current page
    at = f" at {width}px" if width < 1000 else ""
    browser = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
    context = browser.new_context(accept_downloads=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.on("console", lambda m: m.type == "error" and console.append(f"console: {m.text} ({m.location.get('url')})"))
    page.on("pageerror", lambda e: console.append(f"exception: {e}"))

    def arrived(name, response, status=200):
        """Checks the page just navigated to: status, no answers in its address, CSP header,
        console, axe, and (when narrow) no sideways scrolling."""
        name += at
        page.wait_for_load_state("load")
        got = response.status if response else None
        c.check(got == status, f"{name}: status {status}", f"got {got} for {page.url}")
        c.check("archetype=" not in page.url and "level-" not in page.url,
                f"{name}: no answers in the address", page.url)
        headers = response.headers if response else {}
        c.check("content-security-policy" in headers, f"{name}: Content-Security-Policy header",
                f"headers were: {sorted(headers)}")
        # Chromium logs the document's own 4xx status as a console error; that one is expected.
        errors = [e for e in console if not (status >= 400 and f"status of {status}" in e and page.url in e)]
        c.check(not errors, f"{name}: no console errors", "\n  ".join(errors))
        console.clear()
        if width < 1000:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            wide = [] if scroll <= width else page.evaluate(OVERFLOW_JS)
            c.check(scroll <= width, f"{name}: no horizontal scrolling",
                    f"scrollWidth {scroll}; too wide: {', '.join(wide)}")
        axe_check(c, axe, page, name)

    def navigate(action):
        with page.expect_navigation() as nav:
            action()
        return nav.value

    def h1():
        return page.locator("h1").inner_text().strip()

    # Start page: choose an archetype and a profession.
    arrived("start page", page.goto(base + "/"))
    page.check("#archetype-user")
    page.fill("#profession", "nurse")
    arrived("assessment page", navigate(lambda: page.get_by_role("button", name="Continue").click()))

    def answer(hours, button="Get my plan"):
        page.check("#level-ai\\.ml-0")
        page.check("#level-data\\.privacy-1")
        page.fill("#hours", hours)
        return navigate(lambda: page.get_by_role("button", name=button).click())

    # The plan, saved: "your plan" with the resume key shown once.
    arrived("plan page", answer("4"))
    c.check(urlsplit(page.url).path == "/my-plan", "plan page: the learner lands on /my-plan", page.url)
    c.check(h1() == "Your learning plan", "plan page: h1 is 'Your learning plan'", f"h1 was {h1()!r}")
    key_box = page.locator("p.resume-key strong")
    key = key_box.inner_text().strip() if key_box.count() == 1 else ""
    c.check(len(key) >= 22, "plan page: the resume key is shown", f"{key_box.count()} keys found")
    if width >= 1000:
        page.screenshot(path=str(shot), full_page=True)
        shot.with_suffix(".html").write_text(page.content(), encoding="utf-8")
    steps = page.locator("main article").count()
    c.check(steps >= 1, "plan page: at least one step article", f"{steps} found")
    for ext in ("csv", "md", "json"):
        got = context.request.get(base + f"/my-plan.{ext}")
        c.check(got.ok and page.locator(f'a[href="/my-plan.{ext}"]').count() == 1,
                f"plan page: /my-plan.{ext} linked and served", f"status {got.status}")
    if page.locator('a[href="/my-plan.ics"]').count():
        with page.expect_download() as download:
            page.click('a[href="/my-plan.ics"]')
        ics = pathlib.Path(download.value.path()).read_text(encoding="utf-8", errors="replace")
        c.check(ics.startswith("BEGIN:VCALENDAR"), "plan page: downloaded .ics starts with BEGIN:VCALENDAR", ics[:60])
    printview = page.locator('a[href="/my-plan/print"]')
    if c.check(printview.count() == 1, "plan page: 'Print view' link"):
        arrived("print view", navigate(printview.click))
        page.go_back()

    # Mark the first step done: the plan is made again without it.
    first = page.locator("section[aria-labelledby=progress] li").first.locator("strong").first.inner_text()
    arrived("plan after marking done",
            navigate(lambda: page.get_by_role("button", name="Mark as done").first.click()))
    done = page.locator("section[aria-labelledby=progress] h3", has_text="Done")
    c.check(done.count() == 1, "plan after marking done: a Done list", first)
    log = context.request.get(base + "/my-record.csv")
    c.check(log.ok and log.text().count("\r\n") == 2, "learning log: a header and the step done",
            log.text()[:200])

    # Why is something not in the plan?
    option = page.locator("#resource option").nth(1)
    title = option.inner_text().strip()
    page.select_option("#resource", option.get_attribute("value"))
    arrived("why-not page", navigate(lambda: page.get_by_role("button", name="Explain").click()))
    c.check(h1().split(" is ")[0] in title, "why-not page: h1 names the chosen resource",
            f"h1 {h1()!r} for option {title!r}")
    page.go_back()

    # Reassess: last time's answers filled in; a bad one first, then a change.
    arrived("reassessment page", navigate(lambda: page.get_by_role("link", name="Reassess yourself", exact=True).click()))
    c.check(page.locator("#hours").input_value() == "4", "reassessment page: last time's hours filled in",
            page.locator("#hours").input_value())
    arrived("error page", answer("abc", "Save and see what changed"), status=400)
    summary = page.locator("div.error-summary")
    if c.check(summary.count() == 1, "error page: div.error-summary present"):
        heading = summary.locator("h2").inner_text().strip()
        c.check(heading == "There is a problem", "error page: summary h2 'There is a problem'", heading)
        hrefs = [a.get_attribute("href") for a in summary.locator("a").all()]
        c.check("#hours" in hrefs, "error page: summary links to #hours", f"links: {hrefs}")
    page.check("#level-data\\.privacy-3")
    page.fill("#hours", "6")
    arrived("what changed page",
            navigate(lambda: page.get_by_role("button", name="Save and see what changed").click()))
    c.check(h1() == "What changed", "what changed page: h1", h1())
    c.check("up from Awareness to Application" in page.content(), "what changed page: the level that moved")
    arrived("history page", navigate(lambda: page.get_by_role("link", name="Your assessments so far").click()))
    c.check(page.locator("ol.history > li").count() == 2, "history page: two assessments")

    # Sign out, come back with the key, delete.
    arrived("plan page again", page.goto(base + "/my-plan"))
    arrived("signed out page", navigate(lambda: page.get_by_role("button", name="Sign out").click()))
    arrived("resume page", page.goto(base + "/resume"))
    page.fill("#key", key)
    arrived("plan page resumed", navigate(lambda: page.get_by_role("button", name="Continue").click()))
    c.check(urlsplit(page.url).path == "/my-plan", "plan page resumed: back on /my-plan", page.url)
    arrived("delete page", navigate(lambda: page.get_by_role("link", name="Delete my record").click()))
    arrived("deleted page", navigate(lambda: page.get_by_role("button", name="Yes, delete my record").click()))
    c.check(h1() == "Your record is deleted", "deleted page: h1", h1())
    arrived("privacy page", page.goto(base + "/privacy"))
    arrived("lead page", page.goto(base + "/lead"))
    browser.close()


if __name__ == "__main__":
    sys.exit(main())

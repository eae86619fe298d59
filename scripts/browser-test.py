#!/usr/bin/env python3
"""Real-browser and accessibility test of the Pathway web server.

Drives Debian's headless Chromium through Playwright against a running server:
start page -> self-assessment -> plan (its downloads and print view) -> "why
not" explanation, and a bad answer that must come back as 400 with an error
summary. Every page must load without console errors and with a
Content-Security-Policy header, pass axe-core with no "serious" or "critical"
violation, and at a 320px-wide viewport still pass axe and not scroll
sideways. Saves a full-page screenshot of the plan page and its DOM (same
path, .html).

Needs: pip install playwright axe-playwright-python, and /usr/bin/chromium.
Usually run through scripts/web-test.sh, which sets all of that up; directly:
    python3 scripts/browser-test.py [URL] [--screenshot PATH] [--chromium PATH]
URL defaults to http://127.0.0.1:8080. Exits non-zero on any failure.
"""
import argparse
import pathlib
import sys
from urllib.parse import parse_qs, urlsplit

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


def query(url):
    return parse_qs(urlsplit(url).query)


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
            flow(pw, args.chromium, args.url.rstrip("/"), shot, c)
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


def flow(pw, chromium, base, shot, c):
    """Walks through the service as a learner would, checking each page on the way."""
    axe = Axe()
    console = []  # console errors and uncaught exceptions of the current page
    visited = {}  # page name -> URL, for the narrow-viewport pass
    browser = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.on("console", lambda m: m.type == "error" and console.append(f"console: {m.text} ({m.location.get('url')})"))
    page.on("pageerror", lambda e: console.append(f"exception: {e}"))

    def arrived(name, response, status=200):
        """Checks the page just navigated to: status, CSP header, console, axe."""
        page.wait_for_load_state("load")
        visited[name] = page.url
        got = response.status if response else None
        c.check(got == status, f"{name}: status {status}", f"got {got} for {page.url}")
        headers = response.headers if response else {}
        c.check("content-security-policy" in headers, f"{name}: Content-Security-Policy header",
                f"headers were: {sorted(headers)}")
        # Chromium logs the document's own 4xx status as a console error; that one is expected.
        errors = [e for e in console if not (status >= 400 and f"status of {status}" in e and page.url in e)]
        c.check(not errors, f"{name}: no console errors", "\n  ".join(errors))
        console.clear()
        axe_check(c, axe, page, name)

    def navigate(action):
        with page.expect_navigation() as nav:
            action()
        return nav.value

    # Start page: choose an archetype and a profession.
    arrived("start page", page.goto(base + "/"))
    page.check("#archetype-user")
    page.fill("#profession", "nurse")
    response = navigate(lambda: page.get_by_role("button", name="Continue").click())

    # Self-assessment.
    arrived("assessment page", response)
    assess_url = page.url
    c.check(query(assess_url).get("archetype") == ["user"], "assessment page: archetype carried in the URL", assess_url)

    def answer(hours):
        page.check("#level-ai\\.ml-0")
        page.check("#level-data\\.privacy-1")
        page.fill("#hours", hours)
        return navigate(lambda: page.get_by_role("button", name="Get my plan").click())

    # Plan.
    arrived("plan page", answer("4"))
    plan_url = page.url
    h1 = page.locator("h1").inner_text().strip()
    c.check(h1 == "Your learning plan", "plan page: h1 is 'Your learning plan'", f"h1 was {h1!r}")
    page.screenshot(path=str(shot), full_page=True)
    shot.with_suffix(".html").write_text(page.content(), encoding="utf-8")
    steps = page.locator("main article").count()
    c.check(steps >= 1, "plan page: at least one step article", f"{steps} found")
    for ext in ("ics", "csv", "md", "json"):
        link = page.locator(f'a[href^="/plan.{ext}?"]')
        if c.check(link.count() == 1, f"plan page: download link /plan.{ext}", f"{link.count()} found"):
            href = link.get_attribute("href")
            c.check(query(href) == query(plan_url), f"plan page: /plan.{ext} link has the plan's query",
                    f"{href} vs {plan_url}")
            if ext != "ics":
                got = context.request.get(base + href)
                c.check(got.ok, f"plan page: /plan.{ext} serves", f"status {got.status}")
    if page.locator('a[href^="/plan.ics?"]').count():
        with page.expect_download() as download:
            page.click('a[href^="/plan.ics?"]')
        ics = pathlib.Path(download.value.path()).read_text(encoding="utf-8", errors="replace")
        c.check(ics.startswith("BEGIN:VCALENDAR"), "plan page: downloaded .ics starts with BEGIN:VCALENDAR", ics[:60])
    printview = page.locator('a[href^="/plan/print?"]')
    if c.check(printview.count() == 1 and "Print view" in printview.inner_text(), "plan page: 'Print view' link"):
        arrived("print view", navigate(printview.click))
        page.go_back()

    # Why is something not in the plan?
    option = page.locator("#resource option").nth(0)
    title = option.inner_text().strip()
    page.select_option("#resource", option.get_attribute("value"))
    response = navigate(lambda: page.get_by_role("button", name="Explain").click())
    arrived("why-not page", response)
    h1 = page.locator("h1").inner_text().strip()
    c.check("not in your plan" in h1 and h1.split(" is not")[0] in title,
            "why-not page: h1 names the chosen resource", f"h1 {h1!r} for option {title!r}")

    # A bad answer: 400 with an error summary linking to the field.
    page.goto(assess_url)
    console.clear()
    arrived("error page", answer("abc"), status=400)
    summary = page.locator("div.error-summary")
    if c.check(summary.count() == 1, "error page: div.error-summary present"):
        heading = summary.locator("h2").inner_text().strip()
        c.check(heading == "There is a problem", "error page: summary h2 'There is a problem'", heading)
        hrefs = [a.get_attribute("href") for a in summary.locator("a").all()]
        c.check("#hours" in hrefs, "error page: summary links to #hours", f"links: {hrefs}")
        field = page.locator("#hours")
        c.check(field.count() == 1 and field.get_attribute("name") == "hours", "error page: #hours is the hours field")

    # Reflow: no horizontal scrolling at 320 CSS pixels, and still accessible there
    # (content that now overflows into its own scroller must be reachable by keyboard).
    narrow = browser.new_context(viewport={"width": 320, "height": 640})
    npage = narrow.new_page()
    for name, url in visited.items():
        npage.goto(url)
        width = npage.evaluate("document.documentElement.scrollWidth")
        wide = [] if width <= 320 else npage.evaluate(OVERFLOW_JS)
        c.check(width <= 320, f"{name}: no horizontal scrolling at 320px",
                f"scrollWidth {width}; too wide: {', '.join(wide)}")
        axe_check(c, axe, npage, f"{name} at 320px")
    narrow.close()
    browser.close()


if __name__ == "__main__":
    sys.exit(main())

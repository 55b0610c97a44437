"""Every page works with no internet: Chromium is allowed to reach our own server and nothing else.

The site is what a newcomer gets from `p88 up` (``demo_site`` in web_fixtures.py).
"""

from __future__ import annotations

import pytest

from web_fixtures import log_in


@pytest.mark.browser
def test_login_builder_questions_and_display_ask_nothing_of_any_other_address(demo_site, browser):
    web, demo = demo_site
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []

    def only_our_server(route) -> None:
        if route.request.url.startswith(web.base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_our_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    log_in(page, web.base, "/builder", demo.email, demo.password)          # the login form, then the builder
    page.locator(".p88-new-name input").wait_for(timeout=30_000)
    page.goto(f"{web.base}/ask")
    page.locator(".p88-example button").first.click()                      # an answer with its table (and chart)
    page.locator(".p88-answer-table").first.wait_for(timeout=60_000)
    page.goto(f"{web.base}/display/{demo.display_id}")
    page.locator(".p88-stage").first.wait_for(timeout=30_000)
    context.close()
    assert outside == [], f"pages reached beyond our server: {sorted(set(outside))}"
    assert errors == []

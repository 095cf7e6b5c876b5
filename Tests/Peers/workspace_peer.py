#!/usr/bin/env python3
"""The workspace end to end in a real browser, for the tests: headless Chromium (Debian's
chromium and chromedriver) driven by Selenium signs in as the coordinator, finds a
meeting by search, moves it to the first proposed time, records its minutes with one
action in the form, finds the action on the next agenda and on the owner's page and
closes it there. Then every page type is checked with axe-core (WCAG 2.0/2.1 A and AA)
at desktop and phone width, with screenshots. Prints the findings as JSON.

usage: workspace_peer.py BASE_URL ACCOUNT PASSWORD KEY NEXT_KEY SCREENSHOT_FOLDER"""
import json
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from page_peer import axe, browser as page_browser


def browser(width, height):
    driver = page_browser(width, height)
    # An act rebuilds the site before the page answers: wait for what the next page shows.
    driver.implicitly_wait(20)
    return driver


def sign_in(driver, base, account, password):
    driver.get(base + "/workspace")
    driver.find_element(By.ID, "account").send_keys(account)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.signin button[type=submit]").click()
    # The password check (bcrypt) takes a moment: wait for the answer, not the click.
    try:
        WebDriverWait(driver, 30).until(lambda d: "/workspace/signin" not in d.current_url)
    except Exception:
        pass  # still on the sign-in page: the caller's check says so


def flow(base, account, password, key, next_key):
    """The coordinator's morning, step by step; what each step saw."""
    seen = {}
    driver = browser(1280, 1000)
    try:
        sign_in(driver, base, account, password)
        seen["afterSignIn"] = driver.current_url
        search = driver.find_element(By.ID, "q")
        search.send_keys(key)
        search.submit()
        driver.find_element(By.CSS_SELECTOR, f'a[href="/workspace/meetings/{key}"]').click()
        seen["meetingURL"] = driver.current_url
        proposal = driver.find_element(By.CSS_SELECTOR, "form.proposals button[name=slot]")
        seen["slot"] = proposal.get_attribute("value")
        proposal.click()
        seen["moved"] = driver.find_element(By.CSS_SELECTOR, ".done").text
        driver.find_element(By.CSS_SELECTOR, "a.button[href^='/workspace/minutes/']").click()
        driver.find_element(By.ID, "action-what-0").send_keys("Kokoa indikaattorit johtoryhmälle")
        Select(driver.find_element(By.ID, "action-owner-0")).select_by_value("koordinaattori")
        due = driver.find_element(By.ID, "action-due-0")
        driver.execute_script("arguments[0].value = '2027-04-01'", due)
        driver.find_element(By.CSS_SELECTOR, "form.minutes button[type=submit]").click()
        seen["recorded"] = driver.find_element(By.CSS_SELECTOR, ".done").text
        driver.get(f"{base}/workspace/document?key={next_key}&kind=agenda&format=html")
        seen["nextAgenda"] = "Kokoa indikaattorit johtoryhmälle" in driver.page_source
        driver.get(base + "/workspace/people/koordinaattori")
        seen["onOwnersPage"] = "Kokoa indikaattorit johtoryhmälle" in driver.page_source
        driver.find_element(By.CSS_SELECTOR, "form[action='/workspace/actions/close'] button").click()
        seen["closed"] = driver.find_element(By.CSS_SELECTOR, ".done").text
        seen["stillOpen"] = "Kokoa indikaattorit johtoryhmälle" in driver.find_element(By.ID, "actions-heading") \
            .find_element(By.XPATH, "..").text
    finally:
        driver.quit()
    return seen


def pages(base, account, password, key, folder):
    """Every page type at both widths: axe's findings, sideways scrolling, screenshots."""
    paths = {
        "signin": "/workspace/signin", "plan": "/workspace", "meeting": f"/workspace/meetings/{key}",
        "minutes": f"/workspace/minutes/{key}", "person": "/workspace/people/koordinaattori",
        "network": "/workspace/networks/johtoryhma", "actions": "/workspace/actions?closed=1",
        "rules": "/workspace/rules", "rule-editor": "/workspace/rules/edit?file=networks/johtoryhma.yaml",
        "new-network": "/workspace/rules/new", "audit": "/workspace/audit", "month": "/workspace/month?year=2027&month=3",
        "accounts": "/workspace/accounts", "wheel": "/workspace/wheel?year=2027",
        "wheel-network": "/workspace/wheel?year=2027&network=ero-mikkeli",
        "report": "/workspace/report?year=2027",
    }
    found = {}
    for width, height, name in [(1280, 1000, "desktop"), (390, 844, "phone")]:
        driver = browser(width, height)
        try:
            for page, path in paths.items():
                if page == "signin":
                    driver.get(base + path)
                else:
                    if page == "plan":
                        sign_in(driver, base, account, password)
                    driver.get(base + path)
                report = axe(driver)
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth")
                found[f"{page}-{name}"] = {"axe": report, "overflow": overflow, "url": driver.current_url}
                if page.startswith("wheel"):
                    found[f"{page}-{name}"]["words"] = wheel_words(driver)
                full = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(full, 4000))
                driver.save_screenshot(os.path.join(folder, f"workspace-{page}-{name}.png"))
                driver.set_window_size(width, height)
        finally:
            driver.quit()
    return found


def wheel_words(driver):
    """How the browser lays out the words on the wheel and beside it: every line along its
    arc drawn and inside its arc, the sizes in screen pixels."""
    return driver.execute_script("""
        const paths = [...document.querySelectorAll('.wheel textPath')];
        const svg = document.querySelector('.wheel svg');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const fits = paths.every(t => {
            const arc = document.getElementById(t.getAttribute('xlink:href').slice(1));
            const length = t.parentElement.getComputedTextLength();
            return length > 0 && length <= arc.getTotalLength() + 1;
        });
        const item = document.querySelector('.wheel-items li');
        return {lines: paths.length, fits: fits,
                wordsPx: paths.length ? parseFloat(paths[0].parentElement.getAttribute('font-size')) * scale : 0,
                listPx: item ? parseFloat(getComputedStyle(item).fontSize) : 0,
                listVisible: item ? item.getBoundingClientRect().width > 0 : false};
    """)


def main(base, account, password, key, next_key, folder):
    result = {"flow": flow(base, account, password, key, next_key)}
    result["pages"] = pages(base, account, password, key, folder)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:7])

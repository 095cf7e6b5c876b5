#!/usr/bin/env python3
"""A real browser's view of the served front page, for the tests: headless Chromium
(Debian's chromium and chromedriver) driven by Selenium loads the page, saves
screenshots at desktop and phone widths, runs axe-core (from selenium-axe-python) for
WCAG 2.0/2.1 A and AA, walks the page with the Tab key, presses the first copy button
and reads the status message. Prints the findings as JSON.

usage: page_peer.py URL SCREENSHOT_PREFIX"""
import json
import os
import sys

import selenium_axe_python
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

AXE = os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js")


def browser(width, height):
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width},{height}"]:
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=options)
    driver.set_script_timeout(120)
    return driver


def axe(driver):
    """axe-core's WCAG 2.0/2.1 A and AA findings on the page the driver shows."""
    with open(AXE, encoding="utf-8") as source:
        driver.execute_script(source.read())
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done({version: axe.version, violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(n => n.html.slice(0, 160))})), passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));")


def main(url, prefix):
    result = {}
    driver = browser(1280, 1000)
    try:
        driver.get(url)
        result["title"] = driver.title
        result["lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(height, 6000))
        driver.save_screenshot(prefix + "-desktop.png")
        result["axe"] = axe(driver)
        # The keyboard: the skip link first, then every control in order.
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        focused = []
        for _ in range(12):
            element = driver.switch_to.active_element
            focused.append({"tag": element.tag_name, "text": element.text or element.get_attribute("aria-label") or "",
                            "outline": element.value_of_css_property("outline-style")})
            element.send_keys(Keys.TAB)
        result["focus"] = focused
        button = driver.find_element(By.CSS_SELECTOR, "button.copy")
        button.click()
        # The page writes the status once the clipboard's promise resolves: wait for it (a
        # loaded machine took longer than reading it at once allowed).
        status = driver.find_element(By.CSS_SELECTOR, ".status")
        try:
            WebDriverWait(driver, 10).until(lambda d: status.text.strip() != "")
        except Exception:
            pass  # the test then reports the empty status
        result["status"] = status.text
        result["wheel"] = driver.execute_script(
            "const img = document.querySelector('figure img'); return img.complete && img.naturalWidth;")
    finally:
        driver.quit()
    phone = browser(390, 844)
    try:
        phone.get(url)
        result["phoneOverflow"] = phone.execute_script(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth")
        phone.save_screenshot(prefix + "-phone.png")
    finally:
        phone.quit()
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""The journalists' page in a real browser: headless Chromium driven by Selenium.

Needs Debian's ``chromium`` and ``chromium-driver``. Under CI (CI=true, running as root) this
module installs them with apt-get when they are missing; elsewhere it skips, saying so.
A screenshot of the page with a seed article is saved to tests/artifacts/page.png.
"""
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest

import quoteapi
from quoteapi.app import create_app

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _ensure_chromium() -> None:
    if os.path.exists(CHROMIUM) and os.path.exists(DRIVER):
        return
    if os.environ.get("CI") == "true" and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600,
                       stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"], check=True, env=env,
                       timeout=1200, stdout=subprocess.DEVNULL)
        return
    pytest.skip("browser tests need Debian's chromium and chromium-driver "
                "(apt-get install chromium chromium-driver); skipping")


@pytest.fixture(scope="module")
def base_url():
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, create_app({"LOG_LEVEL": "WARNING"}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    _ensure_chromium()
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium fetch a driver or browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="quoteapi-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _by(css):
    from selenium.webdriver.common.by import By

    return (By.CSS_SELECTOR, css)


def test_seed_article_is_highlighted_with_a_roster(browser, base_url):
    text = (ROOT / "seeds" / "000_ef2b256f07d44701.txt").read_text(encoding="utf-8")
    expected = quoteapi.extract(text)
    browser.get(base_url + "/")
    browser.find_element(*_by('button.example[data-example="nato_confirms.txt"]')).click()
    _wait(browser, lambda d: len(d.find_elements(*_by("#rendered mark.quote"))) == len(expected["quotes"]))
    # the highlighted text is exactly the quotes, in order (a tag after each gives the speaker number)
    shown = browser.execute_script(
        "return Array.from(document.querySelectorAll('#rendered mark.quote'), m => m.firstChild.textContent)")
    assert shown == [q["text"] for q in expected["quotes"]]
    tags = browser.execute_script(
        "return Array.from(document.querySelectorAll('#rendered mark.quote .tag'), t => t.textContent)")
    numbers = {s["id"]: str(i + 1) for i, s in enumerate(expected["speakers"])}
    assert tags == [numbers[q["speaker"]["id"]] if q["speaker"] else "?" for q in expected["quotes"]]
    roster = [b.find_element(*_by(".name")).text for b in browser.find_elements(*_by(".speaker-button"))]
    assert roster == [s["name"] for s in expected["speakers"]]
    assert "Mark Rutte" in roster and "John Kirby" in roster
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "page.png"))
    assert (ARTIFACTS / "page.png").stat().st_size > 10_000


def test_selecting_a_speaker_marks_their_quotes(browser, base_url):
    button = next(b for b in browser.find_elements(*_by(".speaker-button")) if "Mark Rutte" in b.text)
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    selected = browser.find_elements(*_by("#rendered mark.quote.selected"))
    count = int(button.find_element(*_by(".meta")).text.split(" · ")[-1].split()[0])
    assert len(selected) == count >= 2
    button.click()
    assert not browser.find_elements(*_by("#rendered mark.quote.selected"))


def test_focus_shows_cue_rule_and_confidence(browser, base_url):
    mark = browser.find_elements(*_by("#rendered mark.quote"))[1]
    browser.execute_script("arguments[0].focus()", mark)
    details = browser.find_element(*_by("#details")).text
    assert "rule: trailing_cue" in details and "confidence" in details and "cue:" in details
    assert mark.get_attribute("tabindex") == "0" and "Quote by" in mark.get_attribute("aria-label")


def test_downloads_json_and_csv(browser, base_url):
    for link in ("download-json", "download-csv"):
        href = browser.find_element(*_by("#" + link)).get_attribute("href")
        assert href.startswith("blob:")
    csv = browser.execute_script("return window.quoteapiPage.toCsv(window.quoteapiPage.lastResult())")
    lines = csv.strip().split("\r\n")
    assert lines[0] == '"speaker","quote","start","end","type","confidence"'
    assert len(lines) == 1 + len(browser.find_elements(*_by("#rendered mark.quote")))
    injected = browser.execute_script(
        "return window.quoteapiPage.toCsv({quotes: [{speaker: null, text: '=HYPERLINK(1)', start: 0, end: 1,"
        " type: 'direct', confidence: 1}]})")
    assert "\"'=HYPERLINK(1)\"" in injected  # spreadsheet formulas are neutralised


def test_user_text_is_never_html(browser, base_url):
    browser.get(base_url + "/")
    hostile = ('Intro.\n\n"<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> is fine,"'
               ' <b onmouseover="window.__pwned=3">Kirby</b> said.')
    area = browser.find_element(*_by("#article"))
    browser.execute_script("arguments[0].value = arguments[1]", area, hostile)
    browser.find_element(*_by("#analyse")).click()
    _wait(browser, lambda d: d.find_elements(*_by("#rendered mark.quote")))
    rendered = browser.find_element(*_by("#rendered"))
    assert not rendered.find_elements(*_by("img")) and not rendered.find_elements(*_by("script"))
    assert not rendered.find_elements(*_by("b"))
    assert "<img src=x" in rendered.text
    assert browser.execute_script("return window.__pwned") is None
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert.text  # raises: no alert was opened


def test_controls_are_labelled_and_keyboard_usable(browser, base_url):
    browser.get(base_url + "/")
    area = browser.find_element(*_by("#article"))
    label = browser.find_element(*_by('label[for="article"]'))
    assert label.text and area.tag_name == "textarea"
    for button in browser.find_elements(*_by("button")):
        assert button.text.strip(), "every button has a visible label"
    from selenium.webdriver.common.keys import Keys

    browser.execute_script("arguments[0].value = arguments[1]", area, '"Yes," Kirby said.')
    area.send_keys(Keys.CONTROL, Keys.ENTER)  # Ctrl+Enter analyses from the keyboard
    _wait(browser, lambda d: d.find_elements(*_by("#rendered mark.quote")))
    assert browser.find_element(*_by(".speaker-button")).text.startswith("1")

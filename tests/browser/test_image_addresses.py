"""Rich-text image addresses, read by Chromium's own URL parser after sanitizing."""

import pytest

from news.richtext import sanitize
from tests.test_richtext import OTHER_HOST_SOURCES

pytestmark = pytest.mark.browser

# Each sanitized body parsed as a page at the portal's address; every address an image would
# load (src and each srcset candidate), resolved by the browser.
RESOLVE = """html => {
  const doc = new DOMParser().parseFromString(
    '<base href="https://portal.example.vn/bai-viet/tin/">' + html, 'text/html');
  const urls = [];
  for (const img of doc.images) {
    if (img.getAttribute('src') !== null) urls.push(img.src);
    for (const part of (img.getAttribute('srcset') || '').split(',')) {
      const address = part.trim().split(/\\s+/)[0];
      if (address) urls.push(new URL(address, doc.baseURI).href);
    }
  }
  return urls.map(url => new URL(url).host);
}"""


def test_no_sanitized_image_address_loads_from_another_host(page):
    bodies = []
    for src in OTHER_HOST_SOURCES:
        bodies.append(f'<img src="{src}" alt="x">')
        bodies.append(f'<img srcset="{src} 480w" alt="x">')
        bodies.append(f'<img srcset="/media/a-480.webp 480w, {src} 800w" alt="x">')
    bodies.append('<img src="/media/editor/a.jpg" srcset="/media/a-480.webp 480w" alt="x">')
    hosts = set()
    for body in bodies:
        hosts.update(page.evaluate(RESOLVE, sanitize(body)))
    assert hosts == {"portal.example.vn"}
    # Unsanitized, the same addresses do reach another host in this browser.
    raw = set()
    for src in OTHER_HOST_SOURCES:
        raw.update(page.evaluate(RESOLVE, f'<img src="{src}" alt="x">'))
    assert "evil.test" in raw

"""Helpers for the pages' sidebar, which every content app fills with its own block."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def sidebar(response):
    html = response.content.decode()
    return html.split('<aside class="page__sidebar"')[1].split("</aside>")[0]


def main_column(response):
    return response.content.decode().split('<aside class="page__sidebar"')[0]


def queries_for(client, url):
    client.get(url)  # warm the per-process caches a real server keeps warm too
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)

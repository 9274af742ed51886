"""Write a large WordPress export (WXR 1.2) for measuring `manage.py import_wordpress`.

    python bench/make_wxr.py --posts 100000 --out /tmp/big.xml

Posts of about 600 words recombined from the demo articles' sentences, in classic-editor text
(blank lines) and block-editor markup, with nested categories, keywords, excerpts, closing
source lines, shortcodes, links between posts, and the statuses and item types an export holds
(drafts, scheduled posts, revisions, menu items). Written as a stream: memory stays flat.
"""

import argparse
import random
import re
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.demo import articles as demo  # noqa: E402 (plain data, no Django needed)

BASE = "http://cong-cu.example.vn"
HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Cổng thông tin cũ</title>
<link>{base}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>{base}</wp:base_site_url>
<wp:base_blog_url>{base}</wp:base_blog_url>
<wp:author><wp:author_login><![CDATA[admin]]></wp:author_login>
 <wp:author_display_name><![CDATA[Ban biên tập]]></wp:author_display_name></wp:author>
"""


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentences():
    found = []
    for item in demo.ARTICLES:
        text = re.sub(r"<[^>]+>", " ", item["body"]) + " " + item["lead"]
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 6]
    return found


def paragraphs(rng, pool, words):
    out, count = [], 0
    while count < words:
        paragraph = " ".join(rng.sample(pool, rng.randint(2, 4)))
        out.append(paragraph)
        count += len(paragraph.split())
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pool = sentences()
    parents = [f"chuyen-muc-{n}" for n in range(8)]
    categories = [(slug, f"Chuyên mục {n + 1}", "", n + 1) for n, slug in enumerate(parents)]
    for n in range(32):
        categories.append((f"muc-con-{n}", f"Mục con {n + 1}", parents[n % 8], 100 + n))
    tags = [(f"tu-khoa-{n}", f"Từ khóa {n + 1}") for n in range(200)]
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEAD.format(base=BASE))
        for slug, name, parent, term in categories:
            out.write(
                f"<wp:category><wp:term_id>{term}</wp:term_id><wp:category_nicename>{slug}"
                f"</wp:category_nicename><wp:category_parent>{parent}</wp:category_parent>"
                f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>\n"
            )
        for slug, name in tags:
            out.write(
                f"<wp:tag><wp:tag_slug>{slug}</wp:tag_slug><wp:tag_name>{cdata(name)}"
                "</wp:tag_name></wp:tag>\n"
            )
        post_id = 0
        for n in range(args.posts):
            post_id += 1
            out.write(post(rng, pool, post_id, n, args, categories, tags))
            if n % 50 == 0:  # what an export also holds, and the import skips
                post_id += 1
                out.write(other(post_id, rng.choice(["revision", "nav_menu_item"])))
        out.write("</channel>\n</rss>\n")


def post(rng, pool, post_id, n, args, categories, tags):
    title = " ".join(rng.choice(pool).split()[: rng.randint(8, 16)]).rstrip(",.;:")
    body = paragraphs(rng, pool, args.words)
    if rng.random() < 0.3:
        body.insert(2, f'Xem thêm <a href="{BASE}/?p={rng.randint(1, post_id)}">bài liên quan</a>.')
    if rng.random() < 0.1:
        body.append("[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]")
    if rng.random() < 0.3:
        body.append("Theo Báo Nam Định,")
    if rng.random() < 0.7:
        content = "\n\n".join(body)
    else:
        content = "\n".join(
            f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->" for p in body
        )
    if rng.random() < 0.1:
        content = f"[vc_row][vc_column_text]{content}[/vc_column_text][/vc_row]"
    status = rng.choices(["publish", "draft", "pending", "private", "future"], [95, 2, 1, 1, 1])[0]
    year = 2010 + n * 14 // args.posts
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if status == "future":
        year = 2099
    date = f"{year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
    slug = f"bai-{post_id}"
    excerpt = rng.choice(pool) if rng.random() < 0.5 else ""
    cats = "".join(
        f'<category domain="category" nicename="{slug_}">{cdata(name)}</category>'
        for slug_, name, _p, _t in rng.sample(categories, rng.choice([1, 1, 1, 2]))
    )
    cats += "".join(
        f'<category domain="post_tag" nicename="{slug_}">{cdata(name)}</category>'
        for slug_, name in rng.sample(tags, 2)
    )
    return (
        f"<item><title>{escape(title)}</title><link>{BASE}/{date[:10].replace('-', '/')}/{slug}/"
        f'</link><dc:creator>{cdata("admin")}</dc:creator><guid isPermaLink="false">{BASE}/?p='
        f"{post_id}</guid><description></description><content:encoded>{cdata(content)}"
        f"</content:encoded><excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>"
        f"<wp:post_id>{post_id}</wp:post_id><wp:post_date>{cdata(date)}</wp:post_date>"
        f"<wp:post_date_gmt>{cdata(date)}</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>"
        f"<wp:status>{status}</wp:status><wp:post_parent>0</wp:post_parent>"
        f"<wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>{cats}"
        f"<wp:postmeta><wp:meta_key>_edit_last</wp:meta_key><wp:meta_value>1</wp:meta_value>"
        "</wp:postmeta></item>\n"
    )


def other(post_id, post_type):
    return (
        f"<item><title>Mục {post_id}</title><wp:post_id>{post_id}</wp:post_id>"
        f"<wp:status>inherit</wp:status><wp:post_type>{post_type}</wp:post_type></item>\n"
    )


if __name__ == "__main__":
    main()

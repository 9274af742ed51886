"""WordPress export files (WXR) written for the tests, in the shape WordPress writes them."""

from dataclasses import dataclass, field
from html import escape

NAMESPACES = {
    "1.0": "http://wordpress.org/export/1.0/",
    "1.1": "http://wordpress.org/export/1.1/",
    "1.2": "http://wordpress.org/export/1.2/",
}


def cdata(text):
    return "<![CDATA[" + str(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass
class Item:
    post_id: int
    title: str
    content: str = ""
    post_type: str = "post"
    status: str = "publish"
    date_gmt: str = "2021-10-25 01:30:00"
    date: str = ""
    name: str = ""
    excerpt: str = ""
    creator: str = "admin"
    categories: list = field(default_factory=list)  # (nicename, name)
    tags: list = field(default_factory=list)  # (nicename, name)
    meta: dict = field(default_factory=dict)
    password: str = ""
    sticky: bool = False
    parent: int = 0
    menu_order: int = 0
    attachment_url: str = ""
    comments: int = 0
    link: str = ""


def item_xml(item, base):
    name = item.name
    date = item.date or item.date_gmt
    link = item.link or (f"{base}/{date[:10].replace('-', '/')}/{name}/" if name else "")
    parts = [
        f"<title>{escape(item.title)}</title>",
        f"<link>{escape(link)}</link>",
        f"<dc:creator>{cdata(item.creator)}</dc:creator>",
        f'<guid isPermaLink="false">{base}/?p={item.post_id}</guid>',
        "<description></description>",
        f"<content:encoded>{cdata(item.content)}</content:encoded>",
        f"<excerpt:encoded>{cdata(item.excerpt)}</excerpt:encoded>",
        f"<wp:post_id>{item.post_id}</wp:post_id>",
        f"<wp:post_date>{cdata(date)}</wp:post_date>",
        f"<wp:post_date_gmt>{cdata(item.date_gmt)}</wp:post_date_gmt>",
        f"<wp:post_name>{cdata(name)}</wp:post_name>",
        f"<wp:status>{cdata(item.status)}</wp:status>",
        f"<wp:post_parent>{item.parent}</wp:post_parent>",
        f"<wp:menu_order>{item.menu_order}</wp:menu_order>",
        f"<wp:post_type>{cdata(item.post_type)}</wp:post_type>",
        f"<wp:post_password>{cdata(item.password)}</wp:post_password>",
        f"<wp:is_sticky>{1 if item.sticky else 0}</wp:is_sticky>",
    ]
    if item.attachment_url:
        parts.append(f"<wp:attachment_url>{cdata(item.attachment_url)}</wp:attachment_url>")
    for nicename, label in item.categories:
        parts.append(f'<category domain="category" nicename="{nicename}">{cdata(label)}</category>')
    for nicename, label in item.tags:
        parts.append(f'<category domain="post_tag" nicename="{nicename}">{cdata(label)}</category>')
    for key, value in item.meta.items():
        parts.append(
            f"<wp:postmeta><wp:meta_key>{cdata(key)}</wp:meta_key>"
            f"<wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>"
        )
    for n in range(item.comments):
        parts.append(
            f"<wp:comment><wp:comment_id>{n + 1}</wp:comment_id>"
            f"<wp:comment_content>{cdata('Bình luận')}</wp:comment_content></wp:comment>"
        )
    return "\t<item>\n\t\t" + "\n\t\t".join(parts) + "\n\t</item>\n"


def export(
    items,
    *,
    base="http://old.example.vn",
    version="1.2",
    categories=(),
    tags=(),
    authors=(("admin", "Minh Anh"),),
    prolog="",
):
    """The text of a WXR file. `categories`: (nicename, name, parent nicename, term id)."""
    wp = NAMESPACES[version]
    head = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        prolog,
        '<rss version="2.0"',
        f'\txmlns:excerpt="{wp}excerpt/"',
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
        f'\txmlns:wp="{wp}"',
        ">",
        "<channel>",
        "\t<title>Cổng thông tin cũ</title>",
        f"\t<link>{base}</link>",
        f"\t<wp:wxr_version>{version}</wp:wxr_version>",
        f"\t<wp:base_site_url>{base}</wp:base_site_url>",
        f"\t<wp:base_blog_url>{base}</wp:base_blog_url>",
    ]
    for login, display in authors:
        head.append(
            f"\t<wp:author><wp:author_login>{cdata(login)}</wp:author_login>"
            f"<wp:author_display_name>{cdata(display)}</wp:author_display_name></wp:author>"
        )
    for nicename, name, parent, term_id in categories:
        head.append(
            f"\t<wp:category><wp:term_id>{term_id}</wp:term_id>"
            f"<wp:category_nicename>{cdata(nicename)}</wp:category_nicename>"
            f"<wp:category_parent>{cdata(parent)}</wp:category_parent>"
            f"<wp:cat_name>{cdata(name)}</wp:cat_name></wp:category>"
        )
    for nicename, name in tags:
        head.append(
            f"\t<wp:tag><wp:tag_slug>{cdata(nicename)}</wp:tag_slug>"
            f"<wp:tag_name>{cdata(name)}</wp:tag_name></wp:tag>"
        )
    body = "".join(item_xml(item, base) for item in items)
    return "\n".join(line for line in head if line) + "\n" + body + "</channel>\n</rss>\n"

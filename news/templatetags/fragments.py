"""{% fragment "site-footer" %}...{% endfragment %}: a part of a template cached by news.cache.

Like Django's {% cache %}, but the fragment is kept until something it shows changes, and what
it was built from is added to the page around it. The name must be one of news.cache.THINGS;
the values after it vary the key: {% fragment "site-header" menu_current %}.
"""

from django import template
from django.utils.safestring import mark_safe

from news.cache import cached

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name, self.vary, self.nodelist = name, vary, nodelist

    def render(self, context):
        vary = [value.resolve(context) for value in self.vary]
        return mark_safe(  # noqa: S308 (our own template's output, as rendered)
            cached(self.name, *vary, make=lambda: str(self.nodelist.render(context)))
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% fragment %} needs a quoted name first")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)

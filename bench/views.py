"""The minimal view every page is compared with: one query, a tiny template."""

from django.shortcuts import render

from news.articles.models import Category


def minimal(request):
    category = Category.objects.order_by("pk").only("name").first()
    return render(request, "bench/minimal.html", {"category": category})

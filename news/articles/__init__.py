"""News articles and their categories ("chuyên mục")."""

"""Old addresses that keep working: redirects to moved or imported items, and the 404 list."""

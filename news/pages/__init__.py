"""Organization pages: introduction, contact, an English page and any page staff create."""

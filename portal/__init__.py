"""The site: settings, root URLs, home page, site identity and site-wide views."""

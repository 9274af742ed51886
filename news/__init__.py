"""Content types of the portal (one Django app each) and what they share.

The modules at this level are the shared floor: the publishing base (`publishing`), Vietnamese
text (`text`), rich-text sanitizing (`richtext`) and image checks (`images`). They import nothing
from the apps above them or from the site.
"""

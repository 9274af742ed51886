"""Bringing an old site's archive across: a WordPress export, or a folder of saved pages.

Both importers read their source twice, streaming: a first pass checks the whole file (a broken
one stops the run before anything is written) and learns every item's future address, so that
links between items can point to the new pages; the second converts and writes, in batches.
"""

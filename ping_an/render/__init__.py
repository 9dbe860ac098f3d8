"""Renderers: each turns a Document into one view. Imported only by the commands that use them."""

"""Turning a company's own code-of-conduct document into draft lessons, phrases and questions.

A pipeline of pure functions: read (bytes -> blocks with their place) -> clean (furniture out, listed) ->
structure (lessons, sections, clauses, phrase lists, rule numbers) -> draft (content files). Nothing here imports Qt.
"""

"""The document-import review: the document on one side, what was found on the other (issue 19)."""

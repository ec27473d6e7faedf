"""Qt-free content: schemas, loaders, the catalog and its validation."""

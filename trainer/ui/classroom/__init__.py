"""The classroom: a presenter's console, the audience's screen on a projector, live answers from desks."""

"""Trainees answer the classroom from their phones: a small web server on the presenter's laptop.

Qt-free. `server.PhoneServer` runs an asyncio loop (`websockets`) in its own thread, serving the phone page and
its WebSocket on one port; `room.Room` holds who joined and what they answered; `recorder.Recorder` hands the
answers of roster trainees to the live service in batches, which grades and records them as it does a desk's.
What the console must show leaves through one callback (the UI turns it into a Qt signal).
"""

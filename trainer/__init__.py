"""trainer — 服务规范训练 / Service Conduct Trainer."""

__version__ = "0.1.0"
APP_ID = "trainer"
APP_NAME = {"zh": "服务规范训练", "en": "Service Conduct Trainer"}

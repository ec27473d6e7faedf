from __future__ import annotations

from pathlib import Path

import pytest

ZH = """---
id: phone-conduct
lang: zh
title: 电话使用规范
summary: 接听和拨打电话的规范。
order: 10
competencies: [communication]
sources: [engineer-code]
---

## 1 电话行为规范

1.1 电话铃响尽快摘机，一般在第二次响铃中接起为宜。

1.2 禁止使用免提。

## 2 电话语言规范

2.1 回答对方问题时，严禁生硬地说“我不知道”。

## 要点

- 第二次响铃中接起。

## 示例

客户来电……
"""

EN = """---
id: phone-conduct
lang: en
title: Telephone conduct
summary: Answering and making calls.
---

## 1 Telephone conduct

1.1 Pick up quickly; answering during the second ring is best.

1.2 Never use the speakerphone.

## 2 Telephone language

2.1 Never answer a question with a curt "I don't know (我不知道)".

## Key points

- Pick up on the second ring.

## Example

A customer calls...
"""

COMPETENCIES = """competencies:
  - id: communication
    name: {zh: 沟通用语, en: Communication}
  - id: data-safety
    name: {zh: 数据安全, en: Data safety}
"""

FORBIDDEN = """kind: forbidden
groups:
  - id: irresponsible
    title: {zh: 不负责任, en: Irresponsible}
    phrases:
      - id: i-dont-know
        zh: 我不知道
        en: I don't know.
        alternative: {zh: 我马上请位专家给您回电话。, en: I'll have an expert call you back.}
        breaks: [phone-conduct:2.1]
        sources: [engineer-code]
"""

SOURCES = """sources:
  - id: engineer-code
    seed: "000"
    title: {zh: 《工程师服务行为规范》V1.0, en: Engineers' Service Conduct Code V1.0}
"""


@pytest.fixture
def content(tmp_path) -> Path:
    """A small, valid content directory to break in tests."""
    root = tmp_path / "content"
    (root / "articles").mkdir(parents=True)
    (root / "phrases").mkdir()
    (root / "scenarios").mkdir()
    (root / "competencies.yaml").write_text(COMPETENCIES, encoding="utf-8")
    (root / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (root / "articles" / "phone-conduct.zh.md").write_text(ZH, encoding="utf-8")
    (root / "articles" / "phone-conduct.en.md").write_text(EN, encoding="utf-8")
    (root / "phrases" / "forbidden.yaml").write_text(FORBIDDEN, encoding="utf-8")
    return root

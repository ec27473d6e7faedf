from trainer.services.passcodes import hash_secret, passcode_problem, verify_secret


def test_hash_is_salted_scrypt_and_never_the_plain_passcode():
    first, second = hash_secret("zhang-1234"), hash_secret("zhang-1234")
    assert first.startswith("scrypt$") and "zhang-1234" not in first
    assert first != second  # a fresh salt each time
    assert verify_secret("zhang-1234", first) and verify_secret("zhang-1234", second)


def test_wrong_or_damaged_secrets_do_not_verify():
    stored = hash_secret("zhang-1234")
    assert not verify_secret("zhang-1235", stored)
    assert not verify_secret("", stored)
    assert not verify_secret("zhang-1234", stored[:-4])
    assert not verify_secret("zhang-1234", "zhang-1234")  # a plain value in the column never matches
    assert not verify_secret("zhang-1234", "md5$abc")


def test_weak_passcodes_are_refused():
    assert passcode_problem("12345") is not None
    assert passcode_problem("aaaaaa") is not None
    assert passcode_problem("服务第一-2026") is None

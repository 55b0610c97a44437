"""Partners, users, passwords and API tokens."""

from __future__ import annotations

import pytest

from warehouse import tenancy
from warehouse.tenancy import TenancyError


def test_passwords_are_argon2_hashed_and_verified():
    hashed = tenancy.hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    assert "correct horse" not in hashed
    assert tenancy.verify_password(hashed, "correct horse")
    assert not tenancy.verify_password(hashed, "wrong horse")
    assert not tenancy.verify_password("not-a-hash", "correct horse")


def test_short_passwords_are_refused():
    with pytest.raises(TenancyError, match="at least 8"):
        tenancy.hash_password("short")


def test_login_accepts_the_right_password_only(owner):
    tenancy.add_partner(owner, "Big River Race Management")
    tenancy.add_user(owner, "Director@Example.com", "s3cret-pass", "big-river-race-management")
    user = tenancy.authenticate(owner, "director@example.com", "s3cret-pass")
    assert user is not None and user.role == "director" and user.last_login_at is None
    assert tenancy.authenticate(owner, "director@example.com", "wrong-pass") is None
    assert tenancy.authenticate(owner, "nobody@example.com", "s3cret-pass") is None
    tenancy.set_password(owner, "director@example.com", "n3w-password")
    assert tenancy.authenticate(owner, "director@example.com", "s3cret-pass") is None
    assert tenancy.authenticate(owner, "director@example.com", "n3w-password") is not None
    assert tenancy.list_users(owner)[0].last_login_at is not None


def test_unknown_partner_duplicate_slug_and_bad_role_are_clear_errors(owner):
    tenancy.add_partner(owner, "Alpha Timing", slug="alpha")
    with pytest.raises(TenancyError, match="unknown timing partner 'zulu'; known: alpha"):
        tenancy.add_user(owner, "a@example.com", "password1", "zulu")
    with pytest.raises(TenancyError, match="already exists"):
        tenancy.add_partner(owner, "Another Alpha", slug="alpha")
    with pytest.raises(TenancyError, match="invalid slug"):
        tenancy.add_partner(owner, "Bad", slug="Bad Slug!")
    with pytest.raises(TenancyError, match="role must be one of"):
        tenancy.add_user(owner, "a@example.com", "password1", "alpha", role="root")
    tenancy.add_user(owner, "a@example.com", "password1", "alpha")
    with pytest.raises(TenancyError, match="already exists"):
        tenancy.add_user(owner, "A@example.com", "password1", "alpha")
    with pytest.raises(TenancyError, match="no user"):
        tenancy.set_password(owner, "ghost@example.com", "password1")


def test_api_tokens_are_stored_hashed_and_can_be_revoked(owner):
    partner = tenancy.add_partner(owner, "Alpha Timing", slug="alpha")
    token = tenancy.create_api_token(owner, partner.partner_id, "results script")
    assert token.startswith("p88_") and len(token) > 40
    stored = owner.execute("SELECT token_hash FROM api_tokens").fetchone()[0]
    assert token not in stored
    assert tenancy.partner_for_token(owner, token) == partner.partner_id
    assert tenancy.partner_for_token(owner, token + "x") is None
    owner.execute("UPDATE api_tokens SET revoked_at = now()")
    assert tenancy.partner_for_token(owner, token) is None

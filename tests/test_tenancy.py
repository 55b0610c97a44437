"""Partners, users, passwords and API tokens."""

from __future__ import annotations

from datetime import timedelta

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
    for blank in ("", "   "):   # a token list must say what each token is for
        with pytest.raises(TenancyError, match="give the token a name"):
            tenancy.create_api_token(owner, partner.partner_id, blank)


def test_a_session_counts_until_logout_a_password_change_or_disabling_the_user(owner):
    tenancy.add_partner(owner, "Alpha Timing", slug="alpha")
    user = tenancy.add_user(owner, "rd@alpha.example", "s3cret-pass", "alpha")
    issued = tenancy.authenticate(owner, "rd@alpha.example", "s3cret-pass").session_generation
    assert tenancy.current_role(owner, user.user_id, issued) == "director"
    tenancy.end_sessions(owner, user.user_id)                                       # logout
    assert tenancy.current_role(owner, user.user_id, issued) is None
    issued = tenancy.authenticate(owner, "rd@alpha.example", "s3cret-pass").session_generation
    tenancy.set_password(owner, "RD@alpha.example", "n3w-password")
    assert tenancy.current_role(owner, user.user_id, issued) is None
    issued = tenancy.authenticate(owner, "rd@alpha.example", "n3w-password").session_generation
    tenancy.set_disabled(owner, "rd@alpha.example", True)
    assert tenancy.current_role(owner, user.user_id, issued) is None
    assert tenancy.authenticate(owner, "rd@alpha.example", "n3w-password") is None   # as for a wrong password
    tenancy.set_disabled(owner, "rd@alpha.example", False)
    assert tenancy.authenticate(owner, "rd@alpha.example", "n3w-password") is not None
    with pytest.raises(TenancyError, match="no user"):
        tenancy.set_disabled(owner, "ghost@example.com", True)


def test_tokens_are_listed_without_secrets_expire_and_are_revoked_per_company(owner):
    alpha = tenancy.add_partner(owner, "Alpha Timing", slug="alpha")
    tenancy.add_partner(owner, "Bravo Timing", slug="bravo")
    token = tenancy.create_api_token(owner, alpha.partner_id, "scoreboard")
    brief = tenancy.create_api_token(owner, alpha.partner_id, "one day", expires_in=timedelta(days=1))
    listed = tenancy.list_api_tokens(owner, "alpha")
    assert [t.name for t in listed] == ["one day", "scoreboard"] and tenancy.list_api_tokens(owner, "bravo") == []
    assert listed[0].expires_at is not None and listed[1].expires_at is None
    assert token not in repr(listed)
    owner.execute("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE name = 'one day'")
    assert tenancy.partner_for_token(owner, brief) is None
    with pytest.raises(TenancyError, match="bravo has no API token"):
        tenancy.revoke_api_token(owner, listed[1].token_id, "bravo")
    assert tenancy.partner_for_token(owner, token) == alpha.partner_id
    assert tenancy.revoke_api_token(owner, listed[1].token_id, "alpha").revoked_at is not None
    assert tenancy.partner_for_token(owner, token) is None

"""Access rules of the API.

The API is read-only. Any future write endpoint must depend on :func:`require_token`, which
accepts ``Authorization: Bearer <token>`` only when the token equals the ``token`` setting
(``KRONIEK_TOKEN``); with no token set, every write is refused.
"""

from __future__ import annotations

import hmac

from fastapi import Header, HTTPException, status

from ..settings import load_settings, setting_info

TOKEN_ENV = setting_info("token").env

#: Headers added to every response: the page loads only its own scripts, and nothing frames it.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def require_token(authorization: str | None = Header(default=None)) -> None:
    """FastAPI dependency for write endpoints: 401/403 unless the bearer token matches KRONIEK_TOKEN."""
    expected = load_settings().token  # resolved per request: a changed token applies without a restart
    if not expected:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            detail=f"writes are disabled: set {TOKEN_ENV} on the server to enable them")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED,
                            detail="expected header 'Authorization: Bearer <KRONIEK_TOKEN>', got none",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="the bearer token does not match KRONIEK_TOKEN")

"""OpenAPI post-processing: document the error answers every operation can give.

drf-spectacular documents success bodies; the API also answers 400 (bad input or a workflow rule),
401/403 (authentication, role), 404, 413 (body too large), 429 (throttled). Documenting them keeps
clients honest and lets schemathesis check every answer against the schema.
"""

from __future__ import annotations

ERROR_SCHEMA = {
    "type": "object",
    "description": "`detail` says what went wrong; invalid input lists messages per field instead.",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": True,
}
ERRORS = {
    "400": "Invalid input, or a change the workflow does not allow.",
    "401": "Not authenticated (send `Authorization: Token <key>` or log in).",
    "403": "Authenticated, but your role may not do this.",
    "404": "No such object.",
    "405": "Method not allowed.",
    "413": "Request body over the size limit.",
    "429": "Too many requests; retry after the `Retry-After` header's seconds.",
}


def add_error_responses(result: dict, generator, request, public) -> dict:  # noqa: ANN001
    _export_filters(result)
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            for code, description in ERRORS.items():
                entry = responses.setdefault(code, {"description": description})
                entry.setdefault("content", content)
            # Refused by gunicorn itself, before Django, with its own plain page.
            responses.setdefault("414", {"description": "Request line too long."})
            if "409" in responses:
                responses["409"].setdefault("content", content)
    return result


def _export_filters(result: dict) -> None:
    """The exports take exactly the claim list's filters (one FilterSet); document them the same way."""
    paths = result.get("paths", {})
    claim_list = paths.get("/api/v1/claims/", {}).get("get", {})
    filters = [p for p in claim_list.get("parameters", []) if p.get("name") not in {"cursor", "page_size"}]
    for path, operations in paths.items():
        if path.startswith("/api/v1/exports/") and "get" in operations:
            operations["get"]["parameters"] = [dict(p) for p in filters]
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in paths.items():
        if path.startswith("/api/v1/exports/") and "get" in operations:
            operations["get"]["responses"]["406"] = {
                "description": "The export cannot be given in the type the `Accept` header asks for.", "content": error}
    review = paths.get("/api/v1/exports/claimreview.json", {}).get("get")
    if review:
        review["responses"]["503"] = {
            "description": "ClaimReview is not configured (CLAIMREVIEW_URL_TEMPLATE, CLAIMREVIEW_AUTHOR).",
            "content": error}
        for content in review["responses"]["200"]["content"].values():
            content["schema"] = {
                "type": "array", "items": {"type": "object", "description": "a schema.org ClaimReview"},
            }

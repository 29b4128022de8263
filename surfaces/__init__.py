"""The surfaces, the top floor: the HTTP API, the browser app, the `funnel` CLI and its commands, and
batch scoring. Thin: each parses its input, calls `assistant.service.FunnelService`, and formats the
result. Nothing below imports from here."""

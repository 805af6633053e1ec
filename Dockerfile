# Motiemonitor: the search server (`serve`, the default) or the daily job (`run`), on Debian with poppler and tesseract.
# Build: docker build -t motiemonitor .   Run both: docker compose up -d   (see README.md, "Deploy")

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles here when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
# The committed lock, exactly; `prepare` compiles the TypeScript to dist/. Then only what runs is kept.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# poppler-utils: the fast PDF path and page images for OCR; tesseract-ocr + tesseract-ocr-nld: OCR of scanned motions;
# antiword: old .doc files. (chromium is for the tests only.)
RUN apt-get update \
  && apt-get install -y --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-nld antiword \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/sample ./sample
RUN chmod +x dist/cli/main.js && ln -s /app/dist/cli/main.js /usr/local/bin/motiemonitor \
  && mkdir -p /data && chown node:node /data
# The store (database, original files) and the built site live on the volume, so a new image keeps them.
ENV MOTIEMONITOR_DB=/data/motiemonitor.db
VOLUME /data
WORKDIR /data
# Not root: the image's own unprivileged user.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["motiemonitor"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080", "--site", "/data/site"]

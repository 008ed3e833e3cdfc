# syntax=docker/dockerfile:1
# NOT BUILT YET: the development machines have no Docker engine (only the client), so this
# file has never been built or run. Build with BuildKit (the default since Docker 23):
#   docker build -t ops .
#   docker run --rm -e ConnectionStrings__Ops='Host=...' -e Ops__Auth__SigningKey=... ops resources setup   # the schema, first (docs/adr/0011)
#   docker run -p 8080:8080 -e ConnectionStrings__Ops='Host=...;Database=ops;Username=...;Password=...' ops

# ---- 1. web client (optional: skipped while web-client/ does not exist) ----
FROM node:20 AS web
WORKDIR /src
# "web-clien[t]" is a wildcard, and BuildKit accepts a wildcard that matches nothing,
# so this stage also works before the web client exists. Manifests first, for layer caching.
COPY web-clien[t]/package*.json ./web-client/
RUN if [ -f web-client/package.json ]; then \
      cd web-client && if [ -f package-lock.json ]; then npm ci; else npm install; fi; \
    fi
COPY web-clien[t] ./web-client/
RUN mkdir -p web-client/dist \
 && if [ -f web-client/package.json ]; then cd web-client && npm run build; fi

# ---- 2. .NET build and publish ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The host's code compiled ahead of time for the image's processor (ReadyToRun), as `./ops bench` measures it.
ARG TARGETARCH
WORKDIR /src
COPY . .
# The bridge metapackage must be in the repo-local feed before restore (docs/adr/0001).
RUN --mount=type=cache,target=/root/.nuget/packages \
    mkdir -p artifacts/bridges \
 && dotnet pack eng/bridges/Patched.DistributedLock.Postgres -c Release -o artifacts/bridges \
 && dotnet publish src/Host/Ops.Host.csproj -c Release -a "${TARGETARCH:-amd64}" --self-contained false -p:PublishReadyToRun=true -o /app
# The SPA is served by the host from wwwroot.
COPY --from=web /src/web-client/dist/ /app/wwwroot/

# ---- 3. runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The image's non-root "app" user (UID 1654), by number so that Kubernetes'
# runAsNonRoot can check it.
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# Required at run time (no default on purpose): ConnectionStrings__Ops, an Npgsql connection string, and
# Ops__Auth__SigningKey. Production settings: Balanced durability (several containers may share the database) and no
# schema changes at start: the host refuses to start until `resources setup` has run against the database.
ENTRYPOINT ["dotnet", "Ops.Host.dll"]

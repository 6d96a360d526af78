# NixOS module: cf-torrent as a socket-activated container. systemd holds the port, starts the container
# on the first connection, and the app exits by itself after `idleTimeout` seconds without requests.
#
#   imports = [ ./cf-torrent.nix ];
#   services.cf-torrent = { enable = true; image = "localhost/cf-torrent:latest"; };
{ config, lib, pkgs ? null, ... }:

let
  cfg = config.services.cf-torrent;
  backend = config.virtualisation.oci-containers.backend;
  # oci-containers names each container's unit "<backend>-<name>.service".
  serviceName = "${backend}-cf-torrent";
  listen =
    if cfg.listenAddress == null then toString cfg.port else "${cfg.listenAddress}:${toString cfg.port}";
  # The timer reaches the app the way any client does: through the socket, on loopback.
  local = "http://${if cfg.listenAddress == null then "127.0.0.1" else cfg.listenAddress}:${toString cfg.port}";
in
{
  options.services.cf-torrent = {
    enable = lib.mkEnableOption "cf-torrent, a magnet link search started on demand and stopped when idle";

    image = lib.mkOption {
      type = lib.types.str;
      example = "localhost/cf-torrent:latest";
      description = ''
        The container image, built from the repository's Containerfile (`podman build -t cf-torrent .`)
        or pulled from a registry. Pin it by digest for reproducible deployments.
      '';
    };

    port = lib.mkOption {
      type = lib.types.port;
      default = 3000;
      description = "TCP port systemd listens on for cf-torrent.";
    };

    listenAddress = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "127.0.0.1";
      description = ''
        Address to listen on (IPv6 in brackets), or null for every interface. Use 127.0.0.1 when a
        reverse proxy on this machine (Tailscale serve, Caddy) is in front and its forwarded headers are
        trusted through `environment`.
      '';
    };

    idleTimeout = lib.mkOption {
      type = lib.types.ints.positive;
      default = 300;
      description = ''
        Seconds without requests after which the app exits (IDLE_TIMEOUT); the next connection starts it
        again, in well under a second.
      '';
    };

    pull = lib.mkOption {
      type = lib.types.enum [ "never" "missing" "newer" "always" ];
      default = "missing";
      example = "newer";
      description = ''
        When podman pulls the image as the container starts (`podman run --pull`), which with socket
        activation is at every wake-up after an idle exit: `never` uses the local image only; `missing`
        pulls only when there is none (podman's default); `newer` asks the registry at each start whether
        the tag moved and pulls it if so, which keeps a tag such as `:latest` current without a timer,
        and goes on with the local image when the registry cannot be reached; `always` pulls at each start
        and fails without the registry.
        Cost on a cold start, measured: `never` and `missing` add nothing. `newer` asks the registry at
        every wake-up before the container starts; against a registry that refuses at once it measured
        within noise (median 0.97 s against 1.10 s for `never`, 9 runs each of `podman run --rm` on a
        busy 2-core machine), but a real registry adds its round trips (ping, token, manifest: three or
        four HTTPS requests, a few hundred ms to a public registry) to every wake-up, and a moved tag its
        download. For the fastest wake-ups pin the image by digest and keep `missing`.
      '';
    };

    stateVolume = lib.mkOption {
      type = lib.types.str;
      default = "cf-torrent-state";
      example = "/var/lib/cf-torrent";
      description = ''
        Where the container's state directory (/var/lib/cf-torrent: engine suspensions, finished
        searches, the Torznab feed, titles) lives between wake-ups: a podman named volume, created on
        first use and owned by the image's `node` user, or an absolute host path owned by uid 1000. Unused
        when `environment.REDIS_URL` points at a shared Redis or Valkey.
      '';
    };

    environment = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = { };
      example = {
        ENGINES = "duckduckgo,bing,apibay,nyaa";
        PROTOCOL_HEADER = "x-forwarded-proto";
        HOST_HEADER = "x-forwarded-host";
      };
      description = "Environment of the app: the variables in README \"Configuration\".";
    };

    extraOptions = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "--memory=512m" ];
      description = "Extra options for `podman run` (or `docker run`).";
    };

    refreshInterval = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "hourly";
      description = ''
        When set (a systemd calendar expression such as `hourly` or `*:0/30`), a timer polls the saved
        searches' feeds, as a torrent client's RSS reader would, so that "N new" is fresh when you look.
        Each run wakes the app for its requests only; it exits again after `idleTimeout`, and nothing
        runs between runs. Off by default: feed readers' own polls already refresh what they follow.
      '';
    };

    refreshFeeds = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "http://127.0.0.1:3000/feed/<token>.xml" ];
      description = ''
        Feed URLs the refresh timer polls. Empty: every feed of the shared list (`GET /api/saved`), which
        is every saved search when no AUTH_USER_HEADER is set; with identities, name the feeds here.
      '';
    };

    openFirewall = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Open `port` in the firewall.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.sockets.cf-torrent = {
      description = "cf-torrent listening socket";
      wantedBy = [ "sockets.target" ];
      listenStreams = [ listen ];
      # The socket and the container's unit have different names: name the service it starts.
      socketConfig.Service = "${serviceName}.service";
    };

    virtualisation.oci-containers.containers.cf-torrent = {
      inherit (cfg) image extraOptions pull;
      # A named volume (or a host path): the container runs with --rm, which deletes an anonymous one.
      volumes = [ "${cfg.stateVolume}:/var/lib/cf-torrent" ];
      # Started by the socket only, never at boot.
      autoStart = false;
      environment = { IDLE_TIMEOUT = toString cfg.idleTimeout; } // cfg.environment;
      # No ports: the socket unit owns the port and podman passes it into the container as fd 3.
    };

    systemd.services.${serviceName} = {
      requires = [ "cf-torrent.socket" ];
      after = [ "cf-torrent.socket" ];
      # oci-containers hard-codes Restart=always, which would start the container again the moment it
      # exits for being idle: an idle exit is a clean stop, and the socket starts it on demand.
      serviceConfig.Restart = lib.mkForce "no";
    };

    networking.firewall.allowedTCPPorts = lib.mkIf cfg.openFirewall [ cfg.port ];

    systemd.timers.cf-torrent-refresh = lib.mkIf (cfg.refreshInterval != null) {
      description = "Poll cf-torrent's saved-search feeds";
      wantedBy = [ "timers.target" ];
      # A missed run is not made up at boot: the next one comes soon enough, and boot stays quiet.
      timerConfig = { OnCalendar = cfg.refreshInterval; Persistent = false; RandomizedDelaySec = "2min"; };
    };

    systemd.services.cf-torrent-refresh = lib.mkIf (cfg.refreshInterval != null) {
      description = "Poll cf-torrent's saved-search feeds once";
      after = [ "cf-torrent.socket" ];
      serviceConfig = { Type = "oneshot"; DynamicUser = true; };
      # One request after another, each bounded; a feed that fails is left for the next run.
      script = ''
        feeds=${lib.escapeShellArg (lib.concatStringsSep " " cfg.refreshFeeds)}
        if [ -z "$feeds" ]; then
          feeds=$(${pkgs.curl}/bin/curl -fsS --max-time 30 ${local}/api/saved | ${pkgs.jq}/bin/jq -r '.[].feed')
        fi
        for feed in $feeds; do
          ${pkgs.curl}/bin/curl -fsS --max-time 60 -o /dev/null "$feed" || echo "cf-torrent-refresh: $feed failed"
        done
      '';
    };
  };
}
